package io.kwlint.engine;

import io.kwlint.finding.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The least severe finding that fails a run (--fail-on, failOn of .kwlint.yaml and of the Maven
 * goal), or none: one definition for every shell.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NONE(null);

    /** The values as written: {@code error}, {@code warning}, {@code info}, {@code none}. */
    public static final List<String> NAMES = Arrays.stream(values()).map(FailOn::id).toList();

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level for a written value, whatever its case; empty for anything else. */
    public static Optional<FailOn> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(text)).findFirst();
    }

    /** The least severity that fails, or empty for none (reports mark failing findings by it). */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    /** The findings of the report that fail the run. */
    public long failing(Report report) {
        return threshold == null ? 0 : report.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
