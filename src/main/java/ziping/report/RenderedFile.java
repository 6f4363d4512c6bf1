package ziping.report;

import ziping.result.FileResult;

/** A file's result and its output in the sink's format and charset, ready to be written. */
public record RenderedFile(FileResult result, byte[] bytes) {
}
