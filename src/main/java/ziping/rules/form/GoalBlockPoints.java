package ziping.rules.form;

import ziping.model.Figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The points printed on a goal block's label ({@code 年度绩效目标1（40分）} → 40), or null. */
final class GoalBlockPoints {
    private static final Pattern POINTS = Pattern.compile("\\((\\d+(?:\\.\\d+)?)分\\)");

    private GoalBlockPoints() {
    }

    static Figure of(String label) {
        Matcher m = POINTS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC));
        return m.find() ? Figure.number(m.group(1), new BigDecimal(m.group(1)), null) : null;
    }
}
