package io.kwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Progress.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private long now;
    private final StringWriter err = new StringWriter();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(err), () -> now, 1_000);

    @Test
    void aShortRunPrintsNothing() {
        progress.advanced(Stage.READING, 0, 3);
        now = 999;
        progress.advanced(Stage.READING, 3, 3);
        progress.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongRunRewritesOneLineAtMostTenTimesASecondAndErasesIt() {
        now = 1_000;
        progress.advanced(Stage.READING, 1, 100);
        now += 50_000_000;
        progress.advanced(Stage.READING, 2, 100);
        now += 60_000_000;
        progress.advanced(Stage.READING, 3, 100);
        progress.advanced(Stage.READING, 100, 100);
        progress.advanced(Stage.CHECKING, 0, 250);
        progress.finish();
        assertThat(err.toString()).isEqualTo("\r\u001b[Kkwlint: reading files 1/100..."
                + "\r\u001b[Kkwlint: reading files 3/100..."
                + "\r\u001b[Kkwlint: reading files 100/100..."
                + "\r\u001b[Kkwlint: checking objects (250)..."
                + "\r\u001b[K");
    }
}
