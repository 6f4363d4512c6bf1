package ziping.read.text;

import ziping.grid.GridCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 一级 or 二级 labels of an indicator table in layout text, printed once in the middle of the rows they span:
 * runs of lines in the column, a wrapped label joined over a line between its parts until it reads as a whole label
 * (ends in 指标), a second values line starting a new label, or a known label's beginning after another's (产出指 /
 * 效益指标); a known label's end gone astray is mended ({@link LevelWords#mended}), and a lone end (标, 指标) is no label;
 * each label covers a run of rows centred on it, the runs
 * following each other, chosen to centre all labels best (a label may cover none, at a cost, where its row was lost).
 * <p>
 * The parts of a table (its pages) are placed together, their body lines laid end to end: a label whose rows go on
 * over a page break is printed on one of the pages, or (near the break) at the foot of one page and again at the head
 * of the next, where the two are one label. A label's cell goes on the first row it covers in the part it is printed
 * in, spanning its rows there; rows of an earlier part that it covers get a cell of their own (else they would keep
 * the label above them), rows of a later part none (they keep it).
 */
final class LevelLabels {
    /** The most characters the wrapped end of a label holds (标, 指标): it joins the label above, values line or not. */
    private static final int LABEL_TAIL = 2;
    /**
     * What a label that covers no row costs, in lines off centre: its row's values line was not found (the row is
     * lost), so there are more labels than rows; the others still cover theirs.
     */
    private static final double LOST_ROW = 8;
    /** What a row on a page the label is not printed on costs it, in lines off centre (a label seldom goes on). */
    private static final double OTHER_PAGE_ROW = 0.5;
    /** What a 一级 label starting inside a 二级 label's rows costs, in lines off centre (a 一级 group holds whole ones). */
    private static final double ACROSS_GROUP = 4;
    /**
     * What a 一级 label costs for each row it covers whose 二级 label belongs under another 一级 label (质量指标 under
     * 产出指标, not 成本指标), in lines off centre: where centring alone ties, the 二级 labels tell.
     */
    private static final double OTHER_FAMILY = 3;
    /**
     * A row's padding in lines: a cell's text stands inside its borders with room above and below, so a label centred
     * on rows of one line each stands lower, counted in lines, than on rows of three; where counting lines alone ties
     * two runs, the one whose rows, padded, centre on the label wins.
     */
    private static final double ROW_PAD = 0.25;
    /**
     * How much lower a label stands than its line, in lines: a label whose middle falls between two lines is printed on
     * the upper one, so of two runs of rows centred on it alike, the lower is its (a row at the foot of one 二级 group
     * went to the group below it far more often than the other way).
     */
    private static final double LABEL_DROP = 0.1;

    /** Where the labels of one level were placed: the rows (over all parts) where one starts, and each row's label. */
    record Placed(boolean[] starts, String[] texts) {
    }

    /**
     * A label as printed: its text, the middle of its lines (laid end to end over the parts), and the parts it is
     * printed in (two where it is printed at the foot of one and the head of the next).
     */
    private record Label(String text, double center, int firstPart, int lastPart) {
    }

    private LevelLabels() {
    }

    /**
     * Puts the labels of the columns of that role into each part's {@code cells} (by row); the last label of a part
     * printed below its rows (or on their last line, where the next part prints it above its rows: LibreOffice's
     * {@code 时效指标 应时间} / {@code \f 时效指标}) and the first of the next that begins with it are one label, between
     * the two. Returns
     * where the labels went, or null where none was placed; {@code groups}, where not null, is where the 二级 labels
     * went: a label starting elsewhere than a 二级 label costs {@link #ACROSS_GROUP}, and each row whose 二级 label
     * belongs under another 一级 label {@link #OTHER_FAMILY}.
     */
    static Placed place(List<IndicatorBody> bodies, List<GridCell[][]> cells, String role, Placed groups) {
        List<Label> labels = new ArrayList<>();
        List<int[]> extent = new ArrayList<>();
        List<int[]> rowAt = new ArrayList<>();
        int base = 0;
        for (int p = 0; p < bodies.size(); p++) {
            IndicatorBody body = bodies.get(p);
            int shift = base - body.from;
            int column = LayoutColumn.index(body.columns, role);
            List<Label> own = column < 0 ? List.of() : labels(body, column, shift, p);
            int[][] e = body.extents();
            if (!own.isEmpty() && !labels.isEmpty()) {
                Label above = labels.get(labels.size() - 1);
                Label first = own.get(0);
                boolean aboveRows = e.length > 0 && first.center() < e[0][0] + shift;
                if (above.lastPart() == p - 1 && first.text().startsWith(above.text())
                        && (above.center() > lastRow(extent) || aboveRows && above.center() >= lastRow(extent))) {
                    labels.set(labels.size() - 1,
                            new Label(first.text(), (above.center() + first.center()) / 2, p - 1, p));
                    own = own.subList(1, own.size());
                }
            }
            labels.addAll(own);
            for (int r = 0; r < e.length; r++) {
                extent.add(new int[] {e[r][0] + shift, e[r][1] + shift});
                rowAt.add(new int[] {p, r});
            }
            base += body.to - body.from;
        }
        int rowCount = extent.size();
        int labelCount = labels.size();
        int[][] partRows = new int[bodies.size()][2];
        for (int r = rowCount - 1; r >= 0; r--) {
            partRows[rowAt.get(r)[0]][0] = r;
        }
        for (int r = 0; r < rowCount; r++) {
            partRows[rowAt.get(r)[0]][1] = r;
        }
        if (labelCount == 0 || rowCount == 0) {
            return null;
        }
        double[][] foreign = foreignRows(labels, groups, rowCount);
        double[] padded = new double[labelCount];
        for (int k = 0; k < labelCount; k++) {
            padded[k] = padded(labels.get(k).center(), extent) + LABEL_DROP;
        }
        double[][] best = new double[labelCount + 1][rowCount + 1];
        int[][] end = new int[labelCount + 1][rowCount + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[labelCount][rowCount] = 0;
        for (int k = labelCount - 1; k >= 0; k--) {
            for (int st = rowCount; st >= 0; st--) {
                best[k][st] = best[k + 1][st] + LOST_ROW;
                end[k][st] = st - 1;
                for (int e = st; e < rowCount; e++) {
                    double rest = best[k + 1][e + 1];
                    if (rest == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = offCentre(labels.get(k), padded[k], st, e, extent, partRows) + rest
                            + (groups != null && st > 0 && !groups.starts()[st] ? ACROSS_GROUP : 0)
                            + foreign[k][e + 1] - foreign[k][st];
                    if (cost < best[k][st]) {
                        best[k][st] = cost;
                        end[k][st] = e;
                    }
                }
            }
        }
        if (best[0][0] == Double.POSITIVE_INFINITY) {
            return null;
        }
        boolean[] starts = new boolean[rowCount];
        String[] texts = new String[rowCount];
        int st = 0;
        for (int k = 0; k < labelCount; k++) {
            int e = end[k][st];
            if (e >= st) {
                put(labels.get(k), st, e, rowAt, bodies, cells, role);
                starts[st] = true;
                Arrays.fill(texts, st, e + 1, labels.get(k).text());
                st = e + 1;
            }
        }
        return new Placed(starts, texts);
    }

    /**
     * For each label, the running sum over the rows of {@link #OTHER_FAMILY} where the row's 二级 label belongs under
     * another 一级 label than that label (all zero without {@code groups}).
     */
    private static double[][] foreignRows(List<Label> labels, Placed groups, int rowCount) {
        double[][] sums = new double[labels.size()][rowCount + 1];
        if (groups == null || groups.texts().length != rowCount) {
            return sums;
        }
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k).text();
            for (int r = 0; r < rowCount; r++) {
                String under = groups.texts()[r] == null ? null : LevelWords.level1Of(groups.texts()[r]);
                sums[k][r + 1] = sums[k][r] + (under != null && LevelWords.isLabel(label) && !under.equals(label)
                        ? OTHER_FAMILY : 0);
            }
        }
        return sums;
    }

    /**
     * How far, in lines, a label stands off the middle of rows {@code st..e}: of those of them in the parts it is
     * printed in where it has some (a label spanning a page break is centred on its rows on the page it is printed
     * on), each row on another page at {@link #OTHER_PAGE_ROW}; else of all.
     */
    private static double offCentre(Label label, double padded, int st, int e, List<int[]> extent,
                                    int[][] partRows) {
        int first = Math.max(st, partRows[label.firstPart()][0]);
        int last = Math.min(e, partRows[label.lastPart()][1]);
        if (first > last) {
            return Math.abs(middle(st, e, extent) - padded);
        }
        return Math.abs(middle(first, last, extent) - padded) + OTHER_PAGE_ROW * (e - st - (last - first));
    }

    /** The middle of rows {@code st..e}, each row padded by {@link #ROW_PAD}. */
    private static double middle(int st, int e, List<int[]> extent) {
        return (extent.get(st)[0] + extent.get(e)[1]) / 2.0 + ROW_PAD * (st + e + 1) / 2.0;
    }

    /** A line (the middle of a label's) with the padding of the rows above it and of the row it stands in, if any. */
    private static double padded(double line, List<int[]> extent) {
        double pad = 0;
        for (int[] row : extent) {
            if (row[1] < line) {
                pad += ROW_PAD;
            } else {
                if (row[0] <= line) {
                    pad += ROW_PAD / 2;
                }
                break;
            }
        }
        return line + pad;
    }

    /**
     * Whether a line's text starts another label rather than going on with the one above: the one above begins a
     * known label, the text begins one too, and the two together begin none ({@code 产出指} then {@code 效益指标}).
     */
    private static boolean startsAnother(String label, String part) {
        return !label.isEmpty() && LevelWords.beginsLabel(label) && LevelWords.beginsLabel(part)
                && !LevelWords.beginsLabel(label + part);
    }

    /**
     * Whether a line's text goes on with the unfinished label above it to a known label where it begins none itself
     * ({@code 服务对象满} then {@code 意度指标}: a label merged over two one-line rows, printed across both values
     * lines).
     */
    private static boolean completes(String label, String part) {
        return !label.isEmpty() && !LevelWords.isLabel(label) && !LevelWords.beginsLabel(part)
                && LevelWords.isLabel(label + part);
    }

    /** The last line of the rows so far (laid end to end), or the least int where there are none. */
    private static int lastRow(List<int[]> extent) {
        return extent.isEmpty() ? Integer.MIN_VALUE : extent.get(extent.size() - 1)[1];
    }

    /**
     * Puts a label covering rows {@code st..e} (over all parts): a cell on its first row in the part it is printed in,
     * spanning its rows there, and one on its first row in each earlier part, spanning its rows there.
     */
    private static void put(Label label, int st, int e, List<int[]> rowAt, List<IndicatorBody> bodies,
                            List<GridCell[][]> cells, String role) {
        int r = st;
        while (r <= e) {
            int part = rowAt.get(r)[0];
            int first = rowAt.get(r)[1];
            int span = 0;
            while (r <= e && rowAt.get(r)[0] == part) {
                span++;
                r++;
            }
            if (part <= label.lastPart()) {
                int column = LayoutColumn.index(bodies.get(part).columns, role);
                if (column >= 0) {
                    cells.get(part)[first][column] = new GridCell(column, 1, span, List.of(label.text()), null);
                }
            }
        }
    }

    private static List<Label> labels(IndicatorBody body, int column, int shift, int partIndex) {
        List<Label> out = new ArrayList<>();
        int line = body.from;
        while (line < body.to) {
            if (body.lineText(line, column).isEmpty()) {
                line++;
                continue;
            }
            int start = line;
            int last = line;
            boolean anchorSeen = false;
            StringBuilder label = new StringBuilder();
            while (line < body.to) {
                String part = body.lineText(line, column);
                boolean anchorLine = body.anchorSet.contains(line);
                if (part.isEmpty()) {
                    if (label.toString().endsWith("指标") || line - last > 1) {
                        break;
                    }
                    line++;
                    continue;
                }
                if (anchorLine && anchorSeen && part.length() > LABEL_TAIL && !completes(label.toString(), part)
                        || label.toString().endsWith("指标") || startsAnother(label.toString(), part)) {
                    break;
                }
                anchorSeen |= anchorLine;
                label.append(part);
                last = line;
                line++;
            }
            line = last + 1;
            if (!LevelWords.isLabelEnd(label.toString())) {
                out.add(new Label(LevelWords.mended(label.toString()), (start + last) / 2.0 + shift, partIndex,
                        partIndex));
            }
        }
        return out;
    }
}
