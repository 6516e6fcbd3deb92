package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kwlint.finding.Finding;
import io.kwlint.testing.Lint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline hides what it recorded, survives unrelated edits, and shows what is new. */
class BaselineTest {

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: report}
            spec:
              template:
                spec:
                  containers: [{name: c, image: busybox:1.36}]
            """;

    @Test
    void hidesRecordedFindingsEvenAfterLinesMove(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Report before = Lint.text("job.yaml", JOB);
        assertThat(before.findings()).isNotEmpty();
        Baseline.write(file, before);

        Report moved = Lint.text("job.yaml", "# a comment added above\n\n" + JOB);
        assertThat(Baseline.read(file).filter(moved).findings()).isEmpty();

        Report changed = Lint.text("job.yaml", JOB + "---\n" + JOB.replace("name: report", "name: other"));
        assertThat(Baseline.read(file).filter(changed).findings()).extracting(Finding::objectName)
                .isNotEmpty().allMatch("Job/other"::equals);
    }

    @Test
    void aFileThatIsNoBaselineIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\"findings\": 3}");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(Baseline.BaselineException.class)
                .hasMessageContaining("not a kwlint baseline");
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json"))).hasMessageContaining("no such file");
    }

    @Test
    void aVersionThatIsNoIntIsNotABaselineVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        for (String version : new String[] {"7.7E711", "1e400", "99999999999999999999", "1.5", "\"1\"", "null"}) {
            Files.writeString(file, "{\"baselineVersion\": " + version + ", \"findings\": []}");
            assertThatThrownBy(() -> Baseline.read(file)).as(version).isInstanceOf(Baseline.BaselineException.class)
                    .hasMessageContaining("not a kwlint baseline");
        }
    }
}
