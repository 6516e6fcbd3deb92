package io.kwlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kwlint.config.KwlintConfig;
import io.kwlint.engine.Baseline;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.source.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a team writes beside its manifests, .kwlint.yaml and a baseline: each either reads or
 * fails with a located message, never with another exception.
 */
class SettingsFuzzTest {

    private static final Report REPORT = new Linter(LintOptions.defaults().withThreads(1)).check(List.of(SourceInput.text(
            "j.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n"
                    + "      containers: [{name: c, image: c}]\n")));

    @FuzzTest(maxDuration = "30s")
    void config(byte[] input) throws Exception {
        long start = System.nanoTime();
        Path file = Files.createTempFile("kwlint-fuzz-", ".kwlint.yaml");
        try {
            Files.write(file, input);
            KwlintConfig config = KwlintConfig.read(file);
            config.lintOptions();
        } catch (KwlintConfig.ConfigException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
        FuzzChecks.finishedInTime(start);
    }

    @FuzzTest(maxDuration = "30s")
    void baseline(byte[] input) throws Exception {
        long start = System.nanoTime();
        Path file = Files.createTempFile("kwlint-fuzz-", ".json");
        try {
            Files.write(file, input);
            Baseline.read(file).filter(REPORT);
        } catch (Baseline.BaselineException e) {
            assertThat(e.getMessage()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
        FuzzChecks.finishedInTime(start);
    }
}
