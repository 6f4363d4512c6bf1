package ziping.source.pdf;

/** A cell of a ruled table as a range of grid rows and columns (inclusive); a merged cell spans several. */
record Cell(int firstRow, int lastRow, int firstColumn, int lastColumn) {
}
