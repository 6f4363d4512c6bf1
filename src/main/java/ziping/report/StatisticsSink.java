package ziping.report;

import ziping.result.FileResult;
import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;
import ziping.text.DisplayWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * {@code --statistics}: instead of the findings, one line per rule that reported — count, id, check and what it
 * checks — most frequent first, then the batch's totals.
 */
public final class StatisticsSink implements ResultSink {
    private static final byte[] NOTHING = new byte[0];

    private final OutputStream out;
    private final Charset charset;
    private final Lang lang;
    private final Summary summary = new Summary();

    public StatisticsSink(OutputStream out, Charset charset, Lang lang) {
        this.out = out;
        this.charset = charset;
        this.lang = lang;
    }

    @Override
    public void begin() {
    }

    @Override
    public RenderedFile render(FileResult result) {
        return new RenderedFile(result, NOTHING);
    }

    @Override
    public void write(RenderedFile file) {
        summary.add(file.result());
    }

    @Override
    public void end() throws IOException {
        out.write(text().getBytes(charset));
        out.flush();
    }

    /** The table as it will be written. */
    String text() {
        StringBuilder text = new StringBuilder();
        int countWidth = String.valueOf(summary.byRule().values().stream().mapToInt(i -> i).max().orElse(0)).length();
        int checkWidth = RuleCatalog.all().stream().mapToInt(r -> r.check().id().length()).max().orElse(0);
        summary.byRule().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    RuleInfo rule = RuleCatalog.find(e.getKey()).orElse(null);
                    text.append(" ".repeat(countWidth - String.valueOf(e.getValue()).length())).append(e.getValue())
                            .append("  ").append(e.getKey()).append("  ")
                            .append(DisplayWidth.pad(rule == null ? "" : rule.check().id(), checkWidth)).append("  ")
                            .append(rule == null ? "" : rule.summary()).append(System.lineSeparator());
                });
        text.append(ReportText.summary(summary, lang)).append(System.lineSeparator());
        return text.toString();
    }
}
