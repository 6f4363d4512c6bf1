package ziping.source.pdf;

import java.util.List;

/**
 * One output line of a page before stitching: its cells left to right, its top in points, and the ruled table it
 * is a row of ({@code null} for text outside tables).
 */
record PageRow(double top, List<RowCell> cells, TableGrid table) {

    List<String> fields() {
        return cells.stream().map(RowCell::field).toList();
    }

    boolean blank() {
        return fields().stream().allMatch(String::isEmpty);
    }

    String line() {
        return String.join("\t", fields());
    }

    PageRow withCells(List<RowCell> replaced) {
        return new PageRow(top, replaced, table);
    }
}
