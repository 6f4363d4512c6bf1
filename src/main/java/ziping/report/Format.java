package ziping.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** The output formats of {@code ziping check}. */
public enum Format {
    TABLE, JSON, JSONL, CSV;

    /** A sink writing this format to {@code out}; {@code charset} applies to the table, the others are UTF-8. */
    public ResultSink open(OutputStream out, Charset charset, Lang lang) throws IOException {
        return switch (this) {
            case TABLE -> new TableSink(out, charset, lang);
            case JSON -> new JsonSink(out, lang);
            case JSONL -> new JsonlSink(out, lang);
            case CSV -> new CsvSink(out, lang);
        };
    }
}
