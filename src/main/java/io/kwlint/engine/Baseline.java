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
    /** The files the findings were recorded in, as paths relative to the run's base directory then. */
    private final Set<String> files;

    private Baseline(Set<String> fingerprints, Set<String> files) {
        this.fingerprints = fingerprints;
        this.files = files;
    }

    /**
     * A file of the baseline that this run reads under another path, because the baseline was
     * written from another directory: its findings are not hidden. E.g. recorded
     * {@code deploy/web.yaml}, read now as {@code k8s/deploy/web.yaml}.
     */
    public record Misplaced(String recorded, String readAs) {
    }

    /**
     * The baseline's files that this run reads under another path (the baseline's paths are
     * relative to the directory it was written from); empty when the paths agree. A file the run
     * does not read at all (a pre-commit run on some files) is not misplaced.
     */
    public List<Misplaced> misplacedFiles(Report report) {
        List<Misplaced> misplaced = new ArrayList<>();
        for (String recorded : files) {
            if (report.files().containsKey(recorded)) {
                continue;
            }
            report.files().keySet().stream()
                    .filter(read -> sameFileElsewhere(recorded, read))
                    .findFirst()
                    .ifPresent(read -> misplaced.add(new Misplaced(recorded, read)));
        }
        misplaced.sort(java.util.Comparator.comparing(Misplaced::recorded));
        return misplaced;
    }

    /**
     * What a user needs to hear when {@link #misplacedFiles} finds some: which file, read as what,
     * and why; the caller adds how its users set the base directory.
     */
    public java.util.Optional<String> misplacedWarning(Path file, Report report) {
        List<Misplaced> misplaced = misplacedFiles(report);
        if (misplaced.isEmpty()) {
            return java.util.Optional.empty();
        }
        Misplaced first = misplaced.get(0);
        return java.util.Optional.of("the baseline " + file + " records findings in "
                + (misplaced.size() == 1 ? "" : misplaced.size() + " files that this run reads under other paths, e.g. ")
                + first.recorded() + ", which this run reads as " + first.readAs() + ": their findings are not hidden."
                + " A baseline's paths are relative to the directory it was written from");
    }

    /** One path is the other with leading folders added or removed: {@code a/b.yaml} and {@code x/a/b.yaml}. */
    private static boolean sameFileElsewhere(String recorded, String read) {
        String a = recorded.replace('\\', '/');
        String b = read.replace('\\', '/');
        return b.endsWith("/" + stripDotSlash(a)) || a.endsWith("/" + stripDotSlash(b));
    }

    private static String stripDotSlash(String path) {
        String stripped = path;
        while (stripped.startsWith("./") || stripped.startsWith("../")) {
            stripped = stripped.substring(stripped.indexOf('/') + 1);
        }
        return stripped;
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
        Set<String> files = new java.util.TreeSet<>();
        for (JsonNode finding : findings) {
            JsonNode fingerprint = finding.get("fingerprint");
            if (fingerprint == null || !fingerprint.isString()) {
                throw new BaselineException(file + ": a finding without a fingerprint");
            }
            fingerprints.add(fingerprint.asString());
            JsonNode recordedIn = finding.get("file");
            if (recordedIn != null && recordedIn.isString()) {
                files.add(recordedIn.asString());
            }
        }
        return new Baseline(fingerprints, files);
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
                entry.put("object", finding.objectName());
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
