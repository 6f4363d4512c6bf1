package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable fingerprints of findings, for baselines and SARIF: a hash of the file's name (not its folder), the
 * document's project, the finding's section, its row label (the row number only when it has none) and its rule —
 * never line numbers, so a finding keeps its fingerprint when text moves or the folder is renamed. Findings that
 * agree on all of these are told apart by their order in the file.
 */
public final class Fingerprints {
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    /** For each document of the file, the fingerprint of each of its findings, in order. */
    public static List<List<String>> of(FileResult file) {
        String name = fileName(file.path());
        Map<String, Integer> seen = new HashMap<>();
        List<List<String>> all = new ArrayList<>(file.forms().size());
        for (DocumentResult doc : file.forms()) {
            List<String> prints = new ArrayList<>(doc.findings().size());
            for (Finding f : doc.findings()) {
                String key = String.join("\u001f", name, nonNull(doc.project()),
                        f.section() == null ? "" : f.section().id(),
                        f.label() != null ? f.label() : f.row() == null ? "" : "#" + f.row(), f.rule());
                int occurrence = seen.merge(key, 1, Integer::sum);
                prints.add(hash(key + "\u001f" + occurrence));
            }
            all.add(prints);
        }
        return all;
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
