package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ziping.result.Tool;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.model.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Findings accepted as known. {@code --write-baseline FILE} records the fingerprint of every finding of a run
 * (with its file, project, rule and label so a person can read it); {@code --baseline FILE} then hides the findings
 * whose fingerprint is recorded, so only new ones are reported:
 * <pre>{"tool": "ziping", "version": "0.1.0", "findings": [{"fingerprint", "file", "project", "rule", "section",
 *  "label"}, …]}</pre>
 */
public final class Baseline {
    private final Set<String> known;

    private Baseline(Set<String> known) {
        this.known = known;
    }

    /** @throws IOException when the file cannot be read or is not a baseline */
    public static Baseline read(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        if (json == null || !json.path("findings").isArray()) {
            throw new IOException("not a ziping baseline (no \"findings\" array): " + file);
        }
        Set<String> known = new HashSet<>();
        for (JsonNode f : json.get("findings")) {
            known.add(f.path("fingerprint").asText());
        }
        return new Baseline(known);
    }

    /** The file without the findings this baseline records. */
    public FileResult hide(FileResult file) {
        List<List<String>> prints = Fingerprints.of(file);
        List<DocumentResult> docs = new ArrayList<>(file.forms().size());
        for (int d = 0; d < file.forms().size(); d++) {
            DocumentResult doc = file.forms().get(d);
            List<Finding> kept = new ArrayList<>();
            for (int i = 0; i < doc.findings().size(); i++) {
                if (!known.contains(prints.get(d).get(i))) {
                    kept.add(doc.findings().get(i));
                }
            }
            docs.add(doc.withFindings(List.copyOf(kept)));
        }
        return new FileResult(file.path(), file.status(), file.error(), List.copyOf(docs));
    }

    /**
     * Collects the findings of a run, then writes them as a baseline in input order. {@link #add} may be called
     * from several threads at once, in any order.
     */
    public static final class Writer {
        private final Map<String, List<Entry>> byPath = new ConcurrentHashMap<>();

        private record Entry(String fingerprint, String file, String project, String rule, String section,
                             String label) {
        }

        public void add(FileResult file) {
            List<Entry> entries = new ArrayList<>();
            List<List<String>> prints = Fingerprints.of(file);
            for (int d = 0; d < file.forms().size(); d++) {
                DocumentResult doc = file.forms().get(d);
                for (int i = 0; i < doc.findings().size(); i++) {
                    Finding f = doc.findings().get(i);
                    entries.add(new Entry(prints.get(d).get(i), Fingerprints.fileName(file.path()), doc.project(),
                            f.rule(), f.section() == null ? null : f.section().id(), f.label()));
                }
            }
            byPath.put(file.path(), entries);
        }

        /** Writes the findings of the files {@code paths} name, in that order. */
        public void write(OutputStream out, List<String> paths) throws IOException {
            try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);    // the caller's stream, committed by the caller
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("tool", "ziping");
                g.writeStringField("version", Tool.VERSION);
                g.writeArrayFieldStart("findings");
                for (Entry e : paths.stream().flatMap(p -> byPath.getOrDefault(p, List.of()).stream()).toList()) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", e.fingerprint());
                    g.writeStringField("file", e.file());
                    g.writeStringField("project", e.project());
                    g.writeStringField("rule", e.rule());
                    g.writeStringField("section", e.section());
                    g.writeStringField("label", e.label());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }
}
