package ziping.read.text;

import ziping.parse.IndicatorLabels;
import ziping.parse.ValueParser;

import java.util.Set;

/**
 * A cell as box-ordered text prints it: one token of a one-line box (a line that runs over several cells is cut at
 * its spaces), or a whole box of several lines (a wrapped cell), with the number of lines it takes, which decides
 * where the extractor printed it ({@link BoxRows}); {@code emptyAfter} when its line prints an empty cell right after
 * it ({@link Boxes.Box#spacedCells}: the column to its right is empty in its row).
 */
record Piece(String text, int lines, int line, Kind kind, boolean emptyAfter) {

    Piece(String text, int lines, int line, Kind kind) {
        this(text, lines, line, kind, false);
    }

    /** This piece with an empty cell printed right after it. */
    Piece beforeEmpty() {
        return new Piece(text, lines, line, kind, true);
    }

    /** What a piece reads as, for the costs of placing it in a column. */
    enum Kind {
        /** A plain number: a 分值, a 得分, an amount. */
        NUMBER,
        /** A number with %. */
        PERCENT,
        /** A placeholder: - / — _. */
        PLACEHOLDER,
        /** 产出指标, 效益指标, 满意度指标, 成本指标. */
        LEVEL1,
        /** Another short label ending in 指标 (数量指标, 服务对象满意度指标 …) that is not a value (达成年度指标). */
        LEVEL2,
        /** A target or actual value (≥95%, 4种, 2024年6月, 有所提升 …). */
        VALUE,
        /** Other text: a name, a reason, a label. */
        TEXT
    }

    private static final Set<String> LEVEL1_LABELS = Set.copyOf(IndicatorLabels.builtIn().level1());
    private static final int LABEL_LENGTH = 10;

    static Piece of(String text, int lines, int line) {
        return new Piece(text, lines, line, kindOf(text));
    }

    /** Whether a plain number may be a 分值 or 得分: at most 100, with at most two decimals. */
    static boolean isPoints(String number) {
        int dot = number.indexOf('.');
        String whole = dot < 0 ? number : number.substring(0, dot);
        return number.length() - whole.length() <= 3 && whole.length() <= 3
                && (whole.length() < 3 || whole.equals("100"));
    }

    static Kind kindOf(String text) {
        if (ValueParser.isPlaceholder(text)) {
            return Kind.PLACEHOLDER;
        }
        if (ValueParser.isPlainNumber(text)) {
            return Kind.NUMBER;
        }
        if (text.endsWith("%") && ValueParser.isPlainNumber(text.substring(0, text.length() - 1))) {
            return Kind.PERCENT;
        }
        if (LEVEL1_LABELS.contains(text)) {
            return Kind.LEVEL1;
        }
        if (ValueParser.measure(text) != null) {
            return Kind.VALUE;
        }
        return text.endsWith("指标") && text.length() <= LABEL_LENGTH ? Kind.LEVEL2 : Kind.TEXT;
    }

    boolean isLabel() {
        return kind == Kind.LEVEL1 || kind == Kind.LEVEL2;
    }

    /** Whether the text reads as a sentence (a reason): it holds a comma or a full stop. */
    boolean sentence() {
        return isSentence(text);
    }

    /**
     * Whether the target a row read on its anchor line may be its name instead: the row read no name and the target
     * reads as text, not as a value ({@code 采购成本 2122000元 13 13} with the target wrapped off the line), so the line's
     * values are not read for sure.
     */
    static boolean targetMayBeName(String name, String target) {
        return name.isEmpty() && kindOf(target) == Kind.TEXT;
    }

    /** Whether a text holds a CJK comma, full stop or semicolon, as a reason's words do. */
    static boolean isSentence(String text) {
        return text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('；') >= 0;
    }
}
