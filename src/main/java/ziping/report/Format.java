package ziping.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** The output formats of {@code ziping check}. */
public enum Format {
    TABLE, JSON, JSONL, CSV, SARIF, GITHUB, HTML;

    /** A sink with {@link SinkOptions#of plain} options. */
    public ResultSink open(OutputStream out, Charset charset, Lang lang) throws IOException {
        return open(out, charset, SinkOptions.of(lang));
    }

    /** A sink writing this format to {@code out}; {@code charset} applies to the table, the others are UTF-8. */
    public ResultSink open(OutputStream out, Charset charset, SinkOptions options) throws IOException {
        return switch (this) {
            case TABLE -> new TableSink(out, charset, options);
            case JSON -> new JsonSink(out, options.lang());
            case JSONL -> new JsonlSink(out, options.lang());
            case CSV -> new CsvSink(out, options);
            case SARIF -> new SarifSink(out, options.lang());
            case GITHUB -> new GithubSink(out, options.lang());
            case HTML -> new HtmlSink(out, options);
        };
    }
}
