/**
 * Converters that rebuild a document's grid of cells from its text, one per family of text (cells separated by a
 * character, one cell a line; {@link ziping.read.text.LayoutText} for text that keeps printed positions, with
 * {@code LineColumns}, {@code RunSplit}, {@code HeaderPair} and {@code LayoutFunding}; box-ordered pdfminer text by
 * {@link ziping.read.text.BoxText}, in pdfminer's default order by {@link ziping.read.text.FlowText});
 * {@link ziping.read.text.TextGrids}
 * and {@link ziping.read.text.TextForms} pick the converter. The grid is then read by
 * {@link ziping.read.FormReader} like any other source's.
 */
package ziping.read.text;
