package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Merged labels given to the groups of rows whose middle they were printed at. */
class MergedLabelsTest {

    private static BoxRows.Row row(int lines, int line) {
        return new BoxRows.Row(List.of(Piece.of("8 8", 1, line), Piece.of("名称", lines, line + 1)), new int[] {5, 2},
                false, false);
    }

    @Test
    void aLabelPrintedAfterTheSecondOfFourRowsCoversThemAll() {
        List<BoxRows.Row> rows = List.of(row(1, 1), row(1, 3), row(1, 5), row(1, 7), row(1, 9));
        MergedLabels labels = new MergedLabels();
        labels.add(Piece.of("产出指标", 1, 4), 4);
        labels.add(Piece.of("效益指标", 1, 10), 10);
        assertArrayEquals(new String[] {"产出指标", "产出指标", "产出指标", "产出指标", "效益指标"},
                labels.assign(rows, new String[5]));
    }

    @Test
    void a二级LabelTellsTheGroupWhereTheMiddleDoesNot() {
        List<BoxRows.Row> rows = List.of(row(2, 1), row(2, 3), row(2, 5));
        MergedLabels labels = new MergedLabels();
        labels.add(Piece.of("产出指标", 1, 2), 2);
        labels.add(Piece.of("效益指标", 1, 4), 4);
        assertArrayEquals(new String[] {"产出指标", "效益指标", "效益指标"},
                labels.assign(rows, new String[] {null, "效益指标", null}));
        assertArrayEquals(new String[] {"产出指标", "产出指标", "效益指标"},
                labels.assign(rows, new String[] {null, "产出指标", null}));
    }
}
