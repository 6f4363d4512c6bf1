package ziping.source.pdf;

import java.util.List;

/**
 * One output line of a page before stitching: its tab fields (raw text), its top in points, and the ruled table
 * it is a row of ({@code null} for text outside tables).
 */
record PageRow(double top, List<String> fields, TableGrid table) {

    boolean blank() {
        return fields.stream().allMatch(String::isEmpty);
    }

    String line() {
        return String.join("\t", fields);
    }
}
