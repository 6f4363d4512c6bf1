package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placing a row's pieces in columns in the order (lines, column) a box-ordered extractor prints them. */
class ColumnFitTest {
    /** name | target | actual | weight | score: values take value columns, text the name. */
    private static final ColumnFit.Costs COSTS = new ColumnFit.Costs() {
        @Override
        public double place(Piece piece, int column) {
            boolean text = piece.kind() == Piece.Kind.TEXT;
            boolean number = piece.kind() == Piece.Kind.NUMBER;
            return switch (column) {
                case 0 -> text ? 0 : ColumnFit.IMPOSSIBLE;
                case 3, 4 -> number ? 0 : ColumnFit.IMPOSSIBLE;
                default -> text || number ? ColumnFit.IMPOSSIBLE : 0;
            };
        }

        @Override
        public double missing(int column) {
            return 1;
        }
    };

    @Test
    void aWrappedCellPrintedAfterTheLineTakesItsColumnLeftOfIt() {
        List<Piece> row = List.of(Piece.of("≥95%", 1, 10), Piece.of("100%", 1, 10), Piece.of("11.5", 1, 10),
                Piece.of("11.50", 1, 10), Piece.of("全市绿化养护工作及时率", 2, 12));
        ColumnFit.Fit fit = ColumnFit.of(row, 5, COSTS);
        assertArrayEquals(new int[] {1, 2, 3, 4, 0}, fit.columns());
        assertEquals(0, fit.cost());
        assertTrue(fit.unique());
    }

    @Test
    void aValueAloneBesideAWrappedOneIsInDoubtUnlessItSharesTheLineOfThePoints() {
        Piece wrapped = Piece.of("≤1200元/户", 2, 20);
        ColumnFit.Fit apart = ColumnFit.of(List.of(Piece.of("名称", 1, 10), Piece.of("659元/户", 1, 12),
                Piece.of("14.5", 1, 14), Piece.of("14.50", 1, 14), wrapped), 5, COSTS);
        assertFalse(apart.unique(), "659元/户 may be the target or the actual");
        ColumnFit.Fit joined = ColumnFit.of(List.of(Piece.of("名称", 1, 10), Piece.of("659元/户", 1, 12),
                Piece.of("14.5", 1, 12), Piece.of("14.50", 1, 12), wrapped), 5, COSTS);
        assertArrayEquals(new int[] {0, 2, 3, 4, 1}, joined.columns());
        assertTrue(joined.unique());
    }

    @Test
    void aOneLinePieceAfterThePointsOfItsLineIsStray() {
        ColumnFit.Fit fit = ColumnFit.of(List.of(Piece.of("8", 1, 1), Piece.of("8", 1, 1), Piece.of("名称", 1, 3)), 5,
                COSTS);
        assertArrayEquals(new int[] {3, 4, -1}, fit.columns());
        assertEquals(ColumnFit.STRAY + 3, fit.cost());
    }

    @Test
    void placementsThatReadTheSameCellsLeaveTheRowCertain() {
        ColumnFit.Fit same = ColumnFit.of(List.of(Piece.of("名称", 1, 10), Piece.of("8", 1, 11),
                Piece.of("8", 2, 12)), 5, COSTS);
        assertTrue(same.unique(), "either 8 may be the 分值, the cells read 8 and 8");
        assertTrue(same.tied());
        ColumnFit.Fit other = ColumnFit.of(List.of(Piece.of("名称", 1, 10), Piece.of("8", 1, 11),
                Piece.of("9", 2, 12)), 5, COSTS);
        assertFalse(other.unique());
        assertFalse(other.tied());
    }
}
