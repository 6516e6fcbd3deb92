package io.kwlint.cli;

import io.kwlint.engine.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error, for a person at a terminal: one line, rewritten in
 * place ({@code kwlint: reading files 1200/4712}), shown only once the run has taken a second (a
 * pre-commit run of a few files prints nothing), at most ten times a second, and erased before
 * the report is printed.
 */
final class TerminalProgress implements Progress {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final String ERASE_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long showFrom;
    private long nextUpdate;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier nanoClock, long delayNanos) {
        this.err = err;
        this.clock = nanoClock;
        this.showFrom = nanoClock.getAsLong() + delayNanos;
        this.nextUpdate = showFrom;
    }

    static TerminalProgress onStandardError(PrintWriter err) {
        return new TerminalProgress(err, System::nanoTime, DELAY_NANOS);
    }

    @Override
    public synchronized void advanced(Stage stage, int done, int total) {
        long now = clock.getAsLong();
        boolean stageStarts = done == 0;
        if (now < showFrom || (now < nextUpdate && !stageStarts && done != total)) {
            return;
        }
        nextUpdate = now + INTERVAL_NANOS;
        err.print(ERASE_LINE + "kwlint: " + stage.description() + (stage == Stage.READING ? " " + done + "/" + total
                : " (" + total + ")") + "...");
        err.flush();
        shown = true;
    }

    /** Erases the progress line, if one was shown, so that the report starts on a clean line. */
    synchronized void finish() {
        if (shown) {
            err.print(ERASE_LINE);
            err.flush();
            shown = false;
        }
    }
}
