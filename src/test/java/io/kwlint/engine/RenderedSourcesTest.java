package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.finding.Finding;
import io.kwlint.model.KubeVersion;
import io.kwlint.report.ReportFormat;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** helm template output: findings are shown at the template that rendered them, with the stream's line beside. */
class RenderedSourcesTest {

    private final Report report;

    RenderedSourcesTest() throws Exception {
        // helm template web charts/web | kwlint check - --stdin-filename rendered/helm-template-web.yaml
        report = Lint.text("rendered/helm-template-web.yaml",
                Files.readString(TestPaths.testdata().resolve("rendered/helm-template-web.yaml")));
    }

    @Test
    void aRenderedFileInTheRepositoryStaysWhereItIs() throws Exception {
        Report file = Lint.paths(TestPaths.testdata(), KubeVersion.DEFAULT, List.of("rendered/helm-template-web.yaml"));
        assertThat(file.findings()).isNotEmpty()
                .allMatch(f -> f.location().file().equals("rendered/helm-template-web.yaml"));
    }

    @Test
    void aFindingInARenderedDocumentIsLocatedAtItsTemplate() {
        Finding mismatch = only("selector-mismatch");
        assertThat(mismatch.location().file()).isEqualTo("web/templates/deployment.yaml");
        assertThat(mismatch.location().line()).isEqualTo(10);
        assertThat(mismatch.location().column()).isEqualTo(7);
        assertThat(mismatch.related()).extracting(r -> r.location().file() + ":" + r.location().line() + " " + r.message())
                .containsExactly("web/templates/deployment.yaml:6 the selector: app=web",
                        "rendered/helm-template-web.yaml:24 rendered here by helm template");
        assertThat(only("unsupported-value").location().file()).isEqualTo("web/templates/deployment.yaml");
        assertThat(only("service-selector-no-pods").location().file()).isEqualTo("web/templates/service.yaml");
    }

    @Test
    void theTextReportShowsTheRenderedLineAndSarifTheTemplate() {
        String text = ReportFormat.TEXT.render(report, TestPaths.root(), null, false, p -> p);
        assertThat(text).contains("web/templates/deployment.yaml:10:7: error: `selector` does not match template `labels`")
                .contains("    24 |       labels: {app: webb}")
                .contains("= see rendered/helm-template-web.yaml:24:7: rendered here by helm template");
        String sarif = ReportFormat.SARIF.render(report, TestPaths.root(), null, false, p -> p);
        assertThat(sarif).contains("\"uri\": \"web/templates/deployment.yaml\"");
    }

    private Finding only(String rule) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as(rule).hasSize(1);
        return found.get(0);
    }
}
