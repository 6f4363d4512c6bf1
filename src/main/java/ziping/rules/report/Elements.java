package ziping.rules.report;

import ziping.model.Measure;
import ziping.model.MeasureKind;

import java.util.Arrays;

/** The elements a qualitative 业绩值 lists, separated by semicolons ("已制定…;项目管理制度完整;…"). */
final class Elements {
    private Elements() {
    }

    /** How many elements the description lists; 0 when it is not qualitative text. */
    static int count(Measure actual) {
        if (actual == null || actual.kind() != MeasureKind.QUALITATIVE) {
            return 0;
        }
        return (int) Arrays.stream(actual.text().split("[;；]")).filter(s -> !s.isBlank()).count();
    }
}
