package ziping.read.text;

import ziping.model.Measure;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Two cells that PDFBox printed without a gap, as one piece, split apart: a 二级 label of the forms' and the name
 * after it ({@code 时效指标全市绿化养护工作及时率}, labels split again; not a text that only begins like a label,
 * {@code 年度指标设置偏高，}), the last line {@code 指标} of a wrapped label and the label after it
 * ({@code 指标效益指标}: a 二级 cell {@code 社会效益} / {@code 指标} repeated at a page's top, drawn before its 一级
 * cell), a target and actual that are the same text ({@code 按时限完成按时限完成}, {@code ≥365平方米≥365平方米}: words,
 * or values with a unit; only beside other cells on its line: alone it is a line of one cell, as
 * {@code 使用人员使用人员} of a name), and a percent target before a value ({@code ≥95%82%}).
 */
final class StreamSplits {
    private static final int LONGEST_LABEL = 10;
    /** How every 一级 and 二级 label ends; a wrapped label's last line may be only this. */
    private static final String LABEL_END = "指标";

    private StreamSplits() {
    }

    static List<StreamPiece> of(StreamPiece p) {
        String text = p.text();
        int end = LABEL_END.length();
        if (text.startsWith(LABEL_END) && text.length() > end && LevelWords.beginsLabel(text.substring(end))) {
            List<StreamPiece> out = new ArrayList<>();
            out.add(StreamPiece.of(LABEL_END, p.line(), false).marked(p.afterEmpty()));
            out.addAll(of(StreamPiece.glued(text.substring(end), p.line())));
            return out;
        }
        int label = text.indexOf(LABEL_END);
        if (label >= 2 && label + 2 < text.length() && label + 2 <= LONGEST_LABEL
                && LevelWords.isLabel(text.substring(0, label + 2))) {
            List<StreamPiece> out = new ArrayList<>();
            out.add(StreamPiece.of(text.substring(0, label + 2), p.line(), false).marked(p.afterEmpty()));
            out.addAll(of(StreamPiece.glued(text.substring(label + 2), p.line())));
            return out;
        }
        int half = text.length() / 2;
        if (!p.wholeLine() && text.length() >= 4 && text.length() % 2 == 0 && text.substring(0, half).equals(text.substring(half))
                && (Character.isIdeographic(text.charAt(0)) || hasUnit(text.substring(half)))) {
            return List.of(StreamPiece.of(text.substring(0, half), p.line(), false).marked(p.afterEmpty()),
                    StreamPiece.of(text.substring(half), p.line(), false));
        }
        int percent = text.indexOf('%');
        if (percent > 0 && percent + 1 < text.length() && Character.isDigit(text.charAt(percent + 1))
                && ValueParser.measure(text.substring(0, percent + 1)) != null
                && ValueParser.measure(text.substring(percent + 1)) != null) {
            return List.of(StreamPiece.of(text.substring(0, percent + 1), p.line(), false).marked(p.afterEmpty()),
                    StreamPiece.of(text.substring(percent + 1), p.line(), false));
        }
        return List.of(p);
    }

    /** Whether a text reads as a value with a unit ({@code ≥365平方米}): two such texts glued are two cells. */
    private static boolean hasUnit(String text) {
        Measure m = ValueParser.measure(text);
        return m != null && m.unit() != null && !m.unit().isEmpty();
    }
}
