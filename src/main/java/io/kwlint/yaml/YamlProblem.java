package io.kwlint.yaml;

/** Something wrong with the YAML itself, found while reading it. */
public record YamlProblem(Kind kind, String message, Span span) {

    public enum Kind {
        /** The text is not YAML (the parser's own error). */
        SYNTAX,
        /** A key appears twice in one mapping. */
        DUPLICATE_KEY,
        /** A construct YAML allows but a Kubernetes object cannot hold (a non-scalar key, a bad merge). */
        UNSUPPORTED,
        /** A {@link YamlLimits} bound was exceeded; reading stopped there. */
        LIMIT
    }
}
