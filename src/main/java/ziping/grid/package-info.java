/**
 * The grid of cells every source is turned into before forms are read: {@link ziping.grid.Grid} of
 * {@link ziping.grid.GridRow}s of {@link ziping.grid.GridCell}s. Sources ({@code ziping.source.*}) produce it; the
 * form reader consumes it. It depends on nothing else of ziping.
 */
package ziping.grid;
