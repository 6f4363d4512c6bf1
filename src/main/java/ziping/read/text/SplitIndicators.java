package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The indicator table as {@link SplitRows} reads it: a row's anchor is the line that ends with its 分值 and 得分 (cells
 * left of them on it, a reason after them); lines of the header and of the block label are no cells; a lone 标 may be
 * left out; a 二级 label must name its 一级. A row that two readings explain as well, or that no reading explains (its
 * cells then those of its anchor), has its text marked in doubt ({@link GridCell#TEXT_IN_DOUBT}): its anchor's 分值 and
 * 得分 are certain; where the table hides two numbers in a wrapped cell (a row's anchor joined to another line, so that
 * the rows may be more than the anchors) a row no reading explains loses its name instead.
 * Merged labels (fewer 一级 or 二级 labels than rows) are read apart: no row's fragment stands in their column, and
 * {@link SplitRows} gives them to groups of rows by where they were printed ({@link MergedLabels}), a 一级 also by the
 * 二级 labels of its rows.
 */
record SplitIndicators(String[] roles, Set<String> merged) implements SplitTable {
    /** The first lines of the 一级 labels where they wrap. */
    private static final Set<String> LEVEL1_LINES = Set.of("产出指", "效益指", "满意度", "成本指");
    /** A 二级 label under another 一级 than the one it names. */
    private static final double CONTRADICTED = 2;

    SplitIndicators(String[] roles) {
        this(roles, Set.of());
    }

    @Override
    public boolean skips(Box box) {
        return box.oneLine() ? HeaderLines.isHeaderLine(box.lines().get(0)) : box.vertical();
    }

    @Override
    public String[] anchor(List<String> cells) {
        List<Piece> pieces = new ArrayList<>();
        for (String cell : cells) {
            pieces.add(Piece.of(cell, 1, 0));
        }
        int points = BoxIndicators.pointsEnd(pieces);
        int score = column("score");
        int first = score - points;
        if (points < 0 || score < 0 || first < 0 || first + cells.size() > roles.length) {
            return null;
        }
        String[] texts = new String[roles.length];
        for (int k = 0; k < cells.size(); k++) {
            texts[first + k] = cells.get(k);
        }
        return texts;
    }

    @Override
    public boolean droppable(String cell) {
        return HeaderLines.isLoneMark(cell);
    }

    @Override
    public int tallest(String role) {
        if (merged.contains(role)) {
            return 0;
        }
        return switch (role) {
            case "level1", "target", "actual" -> 2;
            case "level2" -> 3;
            case "name" -> 4;
            case "reason" -> 7;
            default -> 1;
        };
    }

    @Override
    public int lowest(String role) {
        return merged.contains(role) ? 0 : role.equals("target") || role.equals("actual") ? 1 : 0;
    }

    @Override
    public double cost(String[] texts) {
        BoxIndicators.Costs costs = new BoxIndicators.Costs(roles, merged.contains("level1"),
                merged.contains("level2"));
        double cost = 0;
        String level1 = null;
        String implied = null;
        for (int c = 0; c < roles.length; c++) {
            if (texts[c] == null || texts[c].isEmpty()) {
                cost += costs.missing(c);
                continue;
            }
            double place = costs.place(Piece.of(texts[c], 1, 0), c);
            if (BoxIndicators.hidesPoints(texts[c])) {
                return Double.POSITIVE_INFINITY;
            }
            if (roles[c].equals("level2")) {
                implied = MergedLabels.level1Of(texts[c]);
                place = implied == null ? ColumnFit.IMPOSSIBLE : place;
            } else if (roles[c].equals("level1")) {
                level1 = texts[c];
            }
            if (place == ColumnFit.IMPOSSIBLE) {
                return Double.POSITIVE_INFINITY;
            }
            cost += place;
        }
        return level1 != null && implied != null && !level1.equals(implied) ? cost + CONTRADICTED : cost;
    }

    /**
     * A reading stands unless it gives a name, a target or an actual a sentence's comma or full stop: those are a
     * reason's words, and a reading that needs them there (a reason's {@code 响施工进度，} joined to a target as the
     * name, its next line {@code 后续将优化资金使用计划，} as the actual) has divided the row's lines wrong.
     */
    @Override
    public boolean stands(String[] texts) {
        for (String role : List.of("name", "target", "actual")) {
            int c = column(role);
            if (c >= 0 && texts[c] != null && Piece.isSentence(texts[c])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String[] doubt(String[] texts) {
        String[] out = texts.clone();
        int name = column("name");
        if (name >= 0) {
            out[name] = null;
        }
        return out;
    }

    @Override
    public String[] textInDoubt(String[] texts) {
        int name = column("name");
        int weight = column("weight");
        int score = column("score");
        if (name < 0 || weight < 0 || score < 0 || texts[weight] == null || texts[score] == null) {
            return doubt(texts);
        }
        String[] out = texts.clone();
        out[name] = GridCell.TEXT_IN_DOUBT + (texts[name] == null ? "" : texts[name]);
        return out;
    }

    /**
     * The cells the anchor's line holds marked so: the name with {@link GridCell#VALUES_ON_LINE} where the line holds
     * the row's target, actual, 分值 and 得分 as the row reads them, unless that target may be the name
     * ({@link Piece#targetMayBeName}); the reason as printed empty on it
     * ({@link GridCell#EMPTY_ON_LINE}) where the line holds the row's actual, 分值 and 得分 and prints the reason cell
     * empty after them.
     */
    @Override
    public String[] markOnLine(String[] texts, String[] anchor) {
        int name = column("name");
        int reason = column("reason");
        if (anchor == null || name < 0 || texts[name] == null || !onLine(texts, anchor, "actual", "weight", "score")) {
            return texts;
        }
        String[] out = texts.clone();
        if (reason >= 0 && "".equals(anchor[reason])) {
            out[reason] = GridCell.EMPTY_ON_LINE;
        }
        if (onLine(texts, anchor, "target") && !Piece.targetMayBeName(unmarked(out[name]), texts[column("target")])) {
            out[name] = GridCell.VALUES_ON_LINE + out[name];
        }
        return out;
    }

    /** A name cell's text without the in-doubt mark. */
    private static String unmarked(String name) {
        return name.startsWith(GridCell.TEXT_IN_DOUBT) ? name.substring(GridCell.TEXT_IN_DOUBT.length()) : name;
    }

    /** Whether the anchor's line holds the cells of these roles, each as the row reads it. */
    private boolean onLine(String[] texts, String[] anchor, String... roles) {
        for (String role : roles) {
            int c = column(role);
            if (c < 0 || anchor[c] == null || anchor[c].isEmpty() || !anchor[c].equals(texts[c])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean doubtsBordersOfUnexplainedRows() {
        return true;
    }

    @Override
    public boolean placeable(List<String> texts, int rows) {
        if (column("level1") < 0 || merged.contains("level1")) {
            return true;
        }
        int labels = 0;
        for (String t : texts) {
            labels += LEVEL1_LINES.contains(t) || Piece.kindOf(t) == Piece.Kind.LEVEL1 ? 1 : 0;
        }
        return labels >= rows;
    }

    @Override
    public List<String> labelColumns() {
        List<String> out = new ArrayList<>();
        for (String role : List.of("level2", "level1")) {
            if (column(role) >= 0) {
                out.add(role);
            }
        }
        return out;
    }

    @Override
    public String labelRole(String text) {
        Piece.Kind kind = Piece.kindOf(text);
        if (kind == Piece.Kind.LEVEL1 && column("level1") >= 0) {
            return "level1";
        }
        return kind == Piece.Kind.LEVEL2 && MergedLabels.level1Of(text) != null && column("level2") >= 0 ? "level2"
                : null;
    }

    @Override
    public boolean startsLabel(String text) {
        return LevelWords.startsLabel(text);
    }

    @Override
    public String impliedLabel(String role, String[] texts) {
        int level2 = column("level2");
        return role.equals("level1") && level2 >= 0 ? MergedLabels.level1Of(texts[level2]) : null;
    }

    @Override
    public SplitTable merged(Set<String> columns) {
        return new SplitIndicators(roles, Set.copyOf(columns));
    }

    private int column(String role) {
        return Arrays.asList(roles).indexOf(role);
    }
}
