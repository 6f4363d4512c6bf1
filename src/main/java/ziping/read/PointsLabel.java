package ziping.read;

import ziping.model.Figure;
import ziping.parse.ValueParser;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label that carries its points: a level-1 label {@code 产出指标(50分)} (the label 产出指标, 50 points) or a goal block
 * {@code 年度绩效目标1（40分）}. Brackets may be full- or half-width, spaces and line breaks anywhere.
 */
public final class PointsLabel {
    private static final Pattern POINTS = Pattern.compile("^(.+?)\\((\\d+(?:\\.\\d+)?)分\\)$");
    private static final Pattern GOAL_BLOCK = Pattern.compile("^(年度绩效目标\\d*)\\((\\d+(?:\\.\\d+)?)分\\)");

    private PointsLabel() {
    }

    /** A label and its points (null where none are printed). */
    public record Read(String label, Figure points) {
    }

    /** The label without its points; the label as printed and null points where it carries none. */
    static Read of(String text) {
        Matcher m = POINTS.matcher(folded(text));
        return m.matches() ? new Read(m.group(1), ValueParser.figureCell(m.group(2))) : new Read(text, null);
    }

    /** A goal block's label as printed ({@code 年度绩效目标1（40分）}) with its points; null for any other text. */
    public static Read goalBlock(String text) {
        String folded = folded(text);
        Matcher m = GOAL_BLOCK.matcher(folded);
        return m.find() ? new Read(LabelKey.compact(text), ValueParser.figureCell(m.group(2))) : null;
    }

    private static String folded(String text) {
        return LabelKey.compact(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
}
