package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.parse.LevelBlocks.Marker;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 一级指标 labels printed at the centre of their merged block give each row its label. */
class LevelBlocksTest {
    @Test
    void blocksAreCentredOnTheirLabels() {
        // Rows at lines 0, 4, 8, 12, 16, 20; 效益 (rows 0-1) printed at 2, 满意度 (row 2) at 8, 成本 (rows 3-5) at 16.
        // Row 3 (line 12) is as near to 满意度 as to 成本: only the block centres decide.
        List<RowGrouper.Row> rows = rows(0, 4, 8, 12, 16, 20);
        List<Marker> markers = List.of(new Marker("效益指标", 2), new Marker("满意度指标", 8), new Marker("成本指标", 16));
        assertEquals(List.of("效益指标", "效益指标", "满意度指标", "成本指标", "成本指标", "成本指标"),
                LevelBlocks.labels(rows, markers));
    }

    @Test
    void aLabelRepeatedOnTheNextPageIsOneMarkerAtTheMeanLine() {
        List<Marker> merged = LevelBlocks.merge(List.of(new Marker("产出指标", 12), new Marker("产出指标", 18),
                new Marker("效益指标", 30)));
        assertEquals(List.of(new Marker("产出指标", 15), new Marker("效益指标", 30)), merged);
    }

    @Test
    void noLabelsGiveEmptyLabels() {
        assertEquals(List.of("", ""), LevelBlocks.labels(rows(0, 3), List.of()));
    }

    private static List<RowGrouper.Row> rows(int... anchors) {
        List<RowGrouper.Row> rows = new ArrayList<>();
        for (int a : anchors) {
            rows.add(new RowGrouper.Row(a, List.of(), a, a));
        }
        return rows;
    }
}
