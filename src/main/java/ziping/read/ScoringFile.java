package ziping.read;

import ziping.data.JsonObject;
import ziping.model.Scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A template file's {@code scoring} object (see {@code ziping/template.schema.json}) as a {@link Scoring}. */
final class ScoringFile {
    private static final Set<String> KEYS = Set.of("execution", "rateDenominator", "reasonRequiredBelowRate",
            "indicatorScores", "reverseFormula", "qualitativeBands", "grades", "gradePrinted", "total",
            "fixedLevel1Points");
    private static final Set<String> EXECUTION_KEYS = Set.of("points", "pointsFrom", "cap");
    private static final Set<String> GRADE_KEYS = Set.of("grade", "from");

    private ScoringFile() {
    }

    /** The scoring model, or null where the file states none. */
    static Scoring read(JsonObject scoring) throws IOException {
        if (scoring == null) {
            return null;
        }
        scoring.withOnly(KEYS);
        JsonObject execution = scoring.object("execution");
        if (execution != null) {
            execution.withOnly(EXECUTION_KEYS);
        }
        List<JsonObject> gradeObjects = scoring.objects("grades");
        List<Scoring.Grade> grades = null;
        if (gradeObjects != null) {
            grades = new ArrayList<>();
            for (JsonObject grade : gradeObjects) {
                grade.withOnly(GRADE_KEYS);
                grades.add(new Scoring.Grade(grade.string("grade"), grade.decimal("from")));
            }
        }
        return new Scoring(execution == null ? null : new Scoring.Execution(execution.decimal("points"),
                execution.string("pointsFrom"), execution.bool("cap")),
                scoring.string("rateDenominator"), scoring.decimal("reasonRequiredBelowRate"),
                scoring.string("indicatorScores"), scoring.string("reverseFormula"),
                scoring.decimals("qualitativeBands"), grades, scoring.bool("gradePrinted"), scoring.string("total"),
                scoring.decimalMap("fixedLevel1Points"));
    }
}
