package io.kwlint.cli;

/** kwlint's exit statuses. */
final class ExitCode {

    /** No finding at or above the fail threshold. */
    static final int CLEAN = 0;
    /** Findings at or above the fail threshold. */
    static final int FINDINGS = 1;
    /** Usage error, unreadable input, or an internal failure: never confused with findings. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
