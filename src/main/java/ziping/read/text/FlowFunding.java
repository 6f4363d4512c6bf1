package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The funding block of pdfminer's default text ({@link FlowText}): its header cells in column order and a row per
 * label. pdfminer prints the labels as a column, then the values in an order of its own (a column, part of a row, the
 * rest of some columns), with the goals' header and texts between them, so the text often no longer says which value
 * stands in which row: a row's values are read only where they follow its label as {@link FlowFundingSegments} tells,
 * and each value it cannot tie to its cell is unreadable, a parse finding rather than a guess (a row none of whose
 * values can be placed, or any row where the header does not name all six columns, keeps them in its first value
 * cell, unreadable).
 */
final class FlowFunding {
    static final List<String> ORDER = List.of("initialBudget", "budget", "executed", "weight", "rate", "score");

    private FlowFunding() {
    }

    static List<TextRow> rows(List<Box> boxes) {
        List<Box> block = joinLabelParts(labelsApartFromValues(boxes));
        List<Box> header = new ArrayList<>();
        List<Box> labels = new ArrayList<>();
        String unit = "";
        for (Box box : block) {
            if (box.vertical()) {
                String text = String.join("", box.lines());
                if (unit.isEmpty() && text.contains("元") && text.contains("资金")) {
                    unit = text;
                }
            } else if (HeaderCells.isHeader(box, Header.FUNDING)) {
                header.add(box);
            } else if (isLabel(box)) {
                labels.add(box);
            }
        }
        List<TextRow> out = new ArrayList<>();
        if (header.isEmpty()) {
            return out;
        }
        List<String> head = new ArrayList<>();
        head.add(unit);
        for (String[] c : HeaderCells.columns(header, Header.FUNDING, ORDER)) {
            head.add(c[1]);
        }
        out.add(new TextRow(block.get(0).line(), true, head));
        boolean placed = head.size() == ORDER.size() + 1;
        List<String[]> values = placed ? FlowFundingSegments.values(block, labels) : null;
        for (int r = 0; r < labels.size(); r++) {
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(r).joined());
            if (placed && !unread(values.get(r))) {
                cells.addAll(List.of(values.get(r)));
            } else {
                cells.add(StreamText.UNSURE);
            }
            while (cells.size() < head.size()) {
                cells.add("");
            }
            out.add(new TextRow(labels.get(r).line(), true, cells));
        }
        return out;
    }

    /**
     * The block with a row label printed on one line with values ({@code 其他资金 276.967930}: pdfminer put the label
     * and the first cell into one box) cut into a label box and a box of those values, so the row's segment starts
     * with them and the count of the block's values holds them ({@link FlowFundingSegments}).
     */
    private static List<Box> labelsApartFromValues(List<Box> block) {
        List<Box> out = new ArrayList<>(block.size());
        for (Box box : block) {
            List<String> cells = box.cells();
            Box values = !box.vertical() && box.oneLine() && cells.size() > 1 && isLabel(cells.get(0))
                    ? new Box(box.line(), box.page(), List.of(String.join(" ", cells.subList(1, cells.size()))), false)
                    : null;
            if (values != null && FlowFundingSegments.boxValues(values) != null) {
                out.add(new Box(box.line(), box.page(), List.of(cells.get(0)), false));
                out.add(values);
            } else {
                out.add(box);
            }
        }
        return out;
    }

    /**
     * The block with each label printed in two boxes joined into one ({@code 上年结} / {@code 转资金}, {@code 其他资} /
     * {@code 金}, a browser's PDF wrapping a label inside its cell): a box that is a part of a label and not one, and
     * the next box (one that spells a vertical label too, as {@code 金} does), where the two together are a label.
     */
    private static List<Box> joinLabelParts(List<Box> block) {
        List<Box> out = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            Box box = block.get(i);
            Box next = i + 1 < block.size() ? block.get(i + 1) : null;
            String joined = next == null || !isLabelPart(box) ? null : box.joined() + next.joined();
            if (joined != null && isLabelPart(next) && isLabel(joined)) {
                out.add(new Box(box.line(), box.page(), List.of(joined), false));
                i++;
            } else {
                out.add(box);
            }
        }
        return out;
    }

    /**
     * Whether the box may stand in the funding block before its header boxes: a vertical label, a row label or a part
     * of one, or values (pdfminer may print rows, or the labels and the total's values, above the header).
     */
    static boolean mayPrecedeHeader(Box box) {
        return box.vertical() || isLabel(box) || isLabelPart(box) || FlowFundingSegments.boxValues(box) != null;
    }

    /** Whether the box is a part of a funding row label and not a label (its first, middle or last line). */
    static boolean isLabelPart(Box box) {
        String text = box.joined();
        return text.length() <= HeaderCells.LONGEST && CellWords.isFundingRowPart(text);
    }

    private static boolean unread(String[] values) {
        for (String value : values) {
            if (!value.equals(StreamText.UNSURE)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLabel(Box box) {
        return isLabel(box.joined());
    }

    private static boolean isLabel(String text) {
        return text.length() <= HeaderCells.LONGEST && CellWords.isFundingRow(text);
    }

    private static boolean isValue(String text) {
        Piece.Kind kind = Piece.kindOf(text);
        return kind == Piece.Kind.NUMBER || kind == Piece.Kind.PERCENT || kind == Piece.Kind.PLACEHOLDER;
    }

    /**
     * Whether the box is the text of a goal: not a header cell, a row label, a vertical label or values (a value
     * wrapped inside its cell, {@code 100.00} / {@code %}, is values).
     */
    static boolean isGoalText(Box box) {
        if (box.vertical() || isLabel(box) || isLabelPart(box) || HeaderCells.isHeader(box, Header.FUNDING)
                || HeaderCells.isHeader(box, Header.GOALS) || FlowFundingSegments.boxValues(box) != null) {
            return false;
        }
        for (String line : box.lines()) {
            for (String cell : FlowIndicators.split(line)) {
                if (!isValue(cell)) {
                    return true;
                }
            }
        }
        return false;
    }
}
