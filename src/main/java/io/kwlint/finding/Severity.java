package io.kwlint.finding;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** The API server rejects the object, or its controller cannot do its job. */
    ERROR,
    /** Accepted, but wrong in practice. */
    WARNING,
    /** Worth knowing: a computed fact or a suggestion. */
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(text.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
