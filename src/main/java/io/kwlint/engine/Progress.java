package io.kwlint.engine;

/**
 * Told how a run advances, for a progress display on a terminal. Called from the loading threads,
 * so an implementation must be thread-safe; it must also be cheap, as it is called once per file.
 */
@FunctionalInterface
public interface Progress {

    /** No display: batch runs, the Maven plugin, tests. */
    Progress NONE = (stage, done, total) -> { };

    /** The parts of a run, in order. */
    enum Stage {
        /** Reading and parsing files: {@code done} of {@code total} files. */
        READING("reading files"),
        /** Checking the objects against their schemas and rules: {@code total} objects. */
        CHECKING("checking objects");

        private final String description;

        Stage(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    void advanced(Stage stage, int done, int total);
}
