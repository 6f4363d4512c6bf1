/**
 * Converters that rebuild a document's grid of cells from its text, one per family of text (cells separated by a
 * character, one cell a line); {@link ziping.read.text.TextGrids} picks the converter. The grid is then read by
 * {@link ziping.read.FormReader} like any other source's.
 */
package ziping.read.text;
