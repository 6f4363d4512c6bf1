package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Severity;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts over a batch: files by status, documents, findings by severity and by rule. */
public final class Summary {
    private final Map<FileStatus, Integer> byStatus = new EnumMap<>(FileStatus.class);
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final SortedMap<String, Integer> byRule = new TreeMap<>();
    private int files;
    private int documents;
    private int findings;

    public Summary() {
        for (FileStatus s : FileStatus.values()) {
            byStatus.put(s, 0);
        }
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
    }

    public void add(FileResult result) {
        files++;
        byStatus.merge(result.status(), 1, Integer::sum);
        for (DocumentResult doc : result.forms()) {
            documents++;
            for (Finding f : doc.findings()) {
                findings++;
                bySeverity.merge(f.severity(), 1, Integer::sum);
                byRule.merge(f.rule(), 1, Integer::sum);
            }
        }
    }

    public int files() {
        return files;
    }

    public int count(FileStatus status) {
        return byStatus.get(status);
    }

    public int documents() {
        return documents;
    }

    public int findings() {
        return findings;
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }

    /** Findings per rule id, sorted by id. */
    public SortedMap<String, Integer> byRule() {
        return byRule;
    }

    public boolean hasFindingAtLeast(Severity threshold) {
        return bySeverity.entrySet().stream().anyMatch(e -> e.getKey().atLeast(threshold) && e.getValue() > 0);
    }
}
