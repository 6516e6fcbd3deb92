package io.kwlint.engine;

import io.kwlint.KwlintInfo;
import io.kwlint.finding.Finding;
import io.kwlint.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings a repository had when it adopted kwlint: {@code --baseline FILE} hides them,
 * {@code --update-baseline} records the current ones. Entries match on the finding's fingerprint
 * (rule, file, object, field path), so they survive edits elsewhere in the file; the rule, file
 * and message are kept for the reader of the file.
 */
public final class Baseline {

    private static final int FORMAT = 1;

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** A problem with a baseline file, with a message for the command line. */
    public static final class BaselineException extends Exception {
        BaselineException(String message) {
            super(message);
        }
    }

    public static Baseline read(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such file (write it with --update-baseline)");
        } catch (IOException | JacksonException e) {
            throw new BaselineException(file + ": not a kwlint baseline: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode findings = root.get("findings");
        JsonNode version = root.get("baselineVersion");
        // Only an integral number that fits an int is a version: asInt() throws on 1e400 and NaN.
        boolean known = version != null && version.isIntegralNumber() && version.canConvertToInt()
                && version.intValue() == FORMAT;
        if (!known || findings == null || !findings.isArray()) {
            throw new BaselineException(file + ": not a kwlint baseline (version " + FORMAT
                    + " with a findings list); write it with --update-baseline");
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode finding : findings) {
            JsonNode fingerprint = finding.get("fingerprint");
            if (fingerprint == null || !fingerprint.isString()) {
                throw new BaselineException(file + ": a finding without a fingerprint");
            }
            fingerprints.add(fingerprint.asString());
        }
        return new Baseline(fingerprints);
    }

    /** The report without the findings recorded in this baseline. */
    public Report filter(Report report) {
        List<String> prints = Fingerprints.of(report);
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            if (!fingerprints.contains(prints.get(i))) {
                kept.add(report.findings().get(i));
            }
        }
        return report.withFindings(kept);
    }

    /** Writes the report's findings as a baseline. */
    public static void write(Path file, Report report) throws IOException {
        List<String> prints = Fingerprints.of(report);
        List<Object> findings = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            Finding finding = report.findings().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fingerprint", prints.get(i));
            entry.put("rule", finding.ruleId());
            entry.put("file", finding.location().file());
            if (finding.object() != null) {
                entry.put("object", finding.object());
            }
            entry.put("message", finding.message());
            findings.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", KwlintInfo.NAME);
        root.put("baselineVersion", FORMAT);
        root.put("findings", findings);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, JsonWriter.write(root) + "\n", StandardCharsets.UTF_8);
    }
}
