package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funding header's columns where pdfminer printed every line of a wrapped header cell as a box of its own
 * (执行 / 率(B/ / A)): a header word is a header box, or else the joined text of two, or else three, header boxes in
 * their order (a cell's lines stand in order among the others' lines).
 */
final class SplitHeader {
    private static final int LONGEST = HeaderCells.LONGEST;

    private SplitHeader() {
    }

    static List<String[]> fundingColumns(List<Box> header, List<String> order) {
        List<String> cells = new ArrayList<>();
        for (Box box : header) {
            if (!box.vertical()) {
                cells.addAll(box.cells());
            }
        }
        Map<String, String> texts = new HashMap<>();
        int n = cells.size();
        for (int i = 0; i < n; i++) {
            name(texts, cells.get(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                name(texts, cells.get(i) + cells.get(j));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    name(texts, cells.get(i) + cells.get(j) + cells.get(k));
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String role : order) {
            if (texts.containsKey(role)) {
                out.add(new String[] {role, texts.get(role)});
            }
        }
        return out;
    }

    private static void name(Map<String, String> texts, String text) {
        String role = text.length() > LONGEST ? null : CellWords.role(Header.FUNDING, text);
        if (role != null) {
            texts.putIfAbsent(role, text);
        }
    }
}
