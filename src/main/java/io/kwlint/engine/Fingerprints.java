package io.kwlint.engine;

import io.kwlint.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A stable identity for each finding of a report (SARIF's partialFingerprints, the baseline): rule,
 * file, object and field path, none of which moves when unrelated lines are added. Findings
 * without an object use the text of their source line. Repeats get an ordinal, so every
 * fingerprint in a report is unique.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprints of {@code report.findings()}, in the same order. */
    public static List<String> of(Report report) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(report.findings().size());
        for (Finding finding : report.findings()) {
            String base = sha256(finding.ruleId() + "\n" + finding.location().file() + "\n" + anchor(report, finding));
            int occurrence = occurrences.merge(base, 1, Integer::sum);
            fingerprints.add(occurrence == 1 ? base : base + ":" + occurrence);
        }
        return fingerprints;
    }

    private static String anchor(Report report, Finding finding) {
        if (finding.object() != null) {
            return finding.objectName() + "\n" + (finding.fieldPath() == null ? "" : finding.fieldPathText());
        }
        return report.file(finding.location().file()).map(f -> f.line(finding.location().line()).strip()).orElse("");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
