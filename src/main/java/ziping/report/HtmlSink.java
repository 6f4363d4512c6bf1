package ziping.report;

import ziping.result.Tool;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;
import ziping.text.ControlChars;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (styles and script inline, nothing fetched): per file, each document's tables as
 * printed with the cells of every finding marked, and beside them the findings with message, formula, stated and
 * computed values; filters by severity and rule; a summary per file and per rule (written last, shown first); a
 * print style that puts each file on its own page. Files without findings are left out unless
 * {@link SinkOptions#showClean()} (the summary lists them all).
 */
public final class HtmlSink implements ResultSink {
    private final OutputStream out;
    private final SinkOptions options;
    private final Lang lang;
    private final Summary summary = new Summary();
    private final Map<String, int[]> perFile = new LinkedHashMap<>();
    private final Map<String, String> fileAnchors = new LinkedHashMap<>();

    public HtmlSink(OutputStream out, SinkOptions options) {
        this.out = out;
        this.options = options;
        this.lang = options.lang();
    }

    @Override
    public void begin() throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.EN ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(esc(text("html.title"))).append("</title>\n<style>\n")
                .append(resource("report.css")).append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
                .append(esc(text("html.title"))).append("</h1>\n<p>ziping ").append(Tool.VERSION).append("</p>\n")
                .append("<form class=\"filters\" onsubmit=\"return false\">\n<span>").append(esc(text("html.severity")))
                .append("</span>\n");
        for (Severity s : Severity.values()) {
            h.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.id())
                    .append("\" checked> <span class=\"badge sev-").append(s.id()).append("\">")
                    .append(esc(text("report.severity." + s.id()))).append("</span></label>\n");
        }
        h.append("<label>").append(esc(text("html.rule"))).append(" <select id=\"rule-filter\"><option value=\"\">")
                .append(esc(text("html.all_rules"))).append("</option></select></label>\n<span>")
                .append(esc(text("html.shown"))).append(" <b id=\"shown-count\">0</b></span>\n</form>\n</header>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public RenderedFile render(FileResult r) {
        boolean clean = r.status() == FileStatus.OK && r.forms().stream().allMatch(d -> d.findings().isEmpty());
        if (clean && !options.showClean()) {
            return new RenderedFile(r, new byte[0]);
        }
        StringBuilder h = new StringBuilder();
        String anchor = anchor(r.path());
        h.append("<section class=\"file status-").append(r.status().id()).append("\" id=\"").append(anchor)
                .append("\">\n<h2>").append(esc(r.path())).append(" <small>[")
                .append(esc(text("report.status." + r.status().id()))).append("]</small></h2>\n");
        if (r.error() != null) {
            h.append("<p>").append(esc(Reasons.render(r.error(), lang))).append("</p>\n");
        }
        for (DocumentResult doc : r.forms()) {
            if (doc.findings().isEmpty() && !options.showClean()) {
                continue;
            }
            document(h, anchor, doc);
        }
        h.append("</section>\n");
        return new RenderedFile(r, h.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void document(StringBuilder h, String fileAnchor, DocumentResult doc) {
        String prefix = fileAnchor + "-" + doc.index();
        h.append("<h3>").append(esc(text("report.document", doc.index(),
                doc.project() == null ? "" : doc.project()))).append("</h3>\n<div class=\"doc\">\n")
                .append("<div class=\"tables\">\n");
        List<Finding> findings = doc.findings();
        for (DocumentTables.Table table : DocumentTables.of(doc)) {
            h.append("<table>\n<caption>").append(esc(table.title())).append("</caption>\n<thead><tr>");
            for (String heading : table.headings()) {
                h.append("<th>").append(esc(heading)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (DocumentTables.Row row : table.rows()) {
                row(h, prefix, row, findings);
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</div>\n<ol class=\"findings\">\n");
        for (int i = 0; i < findings.size(); i++) {
            finding(h, prefix + "-" + (i + 1), findings.get(i));
        }
        h.append("</ol>\n</div>\n");
    }

    /** A table row; the cell holding a finding's stated value is marked, else the whole row. */
    private void row(StringBuilder h, String prefix, DocumentTables.Row row, List<Finding> findings) {
        List<List<Integer>> byCell = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            byCell.add(new ArrayList<>());
        }
        List<Integer> wholeRow = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!row.isAbout(f.section(), f.row())) {
                continue;
            }
            int cell = f.stated() == null || f.stated().isEmpty() ? -1 : row.cells().indexOf(f.stated());
            (cell >= 0 ? byCell.get(cell) : wholeRow).add(i);
        }
        h.append("<tr").append(mark(prefix, wholeRow, findings)).append('>');
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = row.cells().get(c);
            h.append("<td").append(mark(prefix, byCell.get(c), findings));
            if (cell.matches("[-+]?[\\d.,]+%?")) {
                h.append(" class=\"num\"");
            }
            h.append('>').append(esc(cell)).append("</td>");
        }
        h.append("</tr>\n");
    }

    /** The attributes that mark a row or cell for its findings, coloured by the most severe; empty for none. */
    private static String mark(String prefix, List<Integer> indexes, List<Finding> findings) {
        if (indexes.isEmpty()) {
            return "";
        }
        Severity worst = Severity.INFO;
        List<String> ids = new ArrayList<>();
        for (int i : indexes) {
            Severity s = findings.get(i).severity();
            worst = s.atLeast(worst) ? s : worst;
            ids.add(prefix + "-" + (i + 1));
        }
        return " class=\"hit sev-" + worst.id() + "\" data-findings=\"" + String.join(" ", ids) + "\"";
    }

    private void finding(StringBuilder h, String id, Finding f) {
        h.append("<li class=\"finding sev-").append(f.severity().id()).append("\" id=\"").append(id)
                .append("\" data-rule=\"").append(esc(f.rule())).append("\" data-severity=\"")
                .append(f.severity().id()).append("\">\n<div class=\"head\"><span class=\"badge sev-")
                .append(f.severity().id()).append("\">").append(esc(text("report.severity." + f.severity().id())))
                .append("</span> ").append(esc(f.rule()));
        RuleCatalog.find(f.rule()).ifPresent(r -> h.append(" <small>").append(esc(r.name())).append("</small>"));
        h.append("</div>\n<p>").append(esc(FormulaText.message(f, lang))).append("</p>\n<dl>");
        item(h, "report.column.where", ReportText.where(f, lang));
        item(h, "report.column.stated", f.stated());
        item(h, "report.column.computed", f.computed());
        item(h, "html.formula", FormulaText.render(f.formula(), lang));
        item(h, "report.column.source", ReportText.source(f.span(), lang));
        h.append("</dl>\n</li>\n");
    }

    private void item(StringBuilder h, String key, String value) {
        if (value != null && !value.isEmpty()) {
            h.append("<dt>").append(esc(text(key))).append("</dt><dd>").append(esc(value)).append("</dd>");
        }
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        FileResult r = file.result();
        summary.add(r);
        int[] counts = new int[Severity.values().length + 1];
        counts[0] = r.forms().size();
        for (DocumentResult doc : r.forms()) {
            for (Finding f : doc.findings()) {
                counts[1 + f.severity().ordinal()]++;
            }
        }
        perFile.put(r.path() + "\u0000" + r.status().id(), counts);
        fileAnchors.put(r.path() + "\u0000" + r.status().id(), file.bytes().length == 0 ? null : anchor(r.path()));
        out.write(file.bytes());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        StringBuilder h = new StringBuilder("<section id=\"summary\">\n<p>");
        h.append(esc(ReportText.summary(summary, lang))).append("</p>\n");
        h.append("<table id=\"by-rule\">\n<caption>").append(esc(text("html.by_rule")))
                .append("</caption>\n<thead><tr><th>").append(esc(text("report.column.rule"))).append("</th><th>")
                .append(esc(text("html.check"))).append("</th><th>").append(esc(text("html.count")))
                .append("</th><th>").append(esc(text("report.column.message"))).append("</th></tr></thead>\n<tbody>\n");
        summary.byRule().forEach((rule, n) -> {
            RuleInfo info = RuleCatalog.find(rule).orElse(null);
            h.append("<tr><td>").append(esc(rule)).append("</td><td>").append(info == null ? "" : info.check().id())
                    .append("</td><td class=\"num\">").append(n).append("</td><td>")
                    .append(info == null ? "" : esc(info.summary())).append("</td></tr>\n");
        });
        h.append("</tbody>\n</table>\n<table id=\"by-file\">\n<caption>").append(esc(text("html.by_file")))
                .append("</caption>\n<thead><tr><th>").append(esc(text("html.file"))).append("</th><th>")
                .append(esc(text("html.status"))).append("</th><th>").append(esc(text("html.documents")))
                .append("</th>");
        for (Severity s : Severity.values()) {
            h.append("<th>").append(esc(text("report.severity." + s.id()))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        perFile.forEach((key, counts) -> {
            String path = key.substring(0, key.indexOf('\u0000'));
            String status = key.substring(key.indexOf('\u0000') + 1);
            String anchor = fileAnchors.get(key);
            h.append("<tr><td>").append(anchor == null ? esc(path)
                            : "<a href=\"#" + anchor + "\">" + esc(path) + "</a>")
                    .append("</td><td>").append(esc(text("report.status." + status))).append("</td>");
            for (int count : counts) {
                h.append("<td class=\"num\">").append(count).append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</tbody>\n</table>\n</section>\n</main>\n<script>\n").append(resource("report.js"))
                .append("</script>\n</body>\n</html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** An id for a file's section, from its path; unique because paths in a batch are. */
    private static String anchor(String path) {
        return "file-" + Integer.toHexString(path.hashCode()) + "-" + path.length();
    }

    private String text(String key, Object... args) {
        return ReportText.text(lang, key, args);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlSink.class.getResourceAsStream("/ziping/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource ziping/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        String s = ControlChars.printableLines(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
