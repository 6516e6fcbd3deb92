package io.kwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Report;
import io.kwlint.testing.Lint;
import org.junit.jupiter.api.Test;

/** Workflow commands: escaping, and the notice that GitHub hides annotations beyond 10 per level. */
class GithubReporterTest {

    @Test
    void escapesWhatWorkflowCommandsReserve() {
        assertThat(GithubReporter.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
        assertThat(GithubReporter.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }

    @Test
    void saysSoWhenGithubWillNotShowEverything() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            yaml.append("---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j").append(i)
                    .append("}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n");
        }
        Report report = Lint.text("jobs.yaml", yaml.toString());
        String commands = new GithubReporter().render(report);
        assertThat(commands.lines().filter(l -> l.startsWith("::error ")).count()).isEqualTo(11);
        assertThat(commands).endsWith("::notice title=kwlint::kwlint found 11 errors and 22 warnings; GitHub shows only"
                + " the first 10 of each per step. Upload the SARIF report (kwlint check --format sarif --output kwlint.sarif)"
                + " to see them all in code scanning.\n");
    }
}
