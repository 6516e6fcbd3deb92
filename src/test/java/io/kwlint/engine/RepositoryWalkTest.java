package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.finding.Finding;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import io.kwlint.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code kwlint check .} at the top of a repository: tool configurations, workflows, an OpenAPI
 * file, a playbook, docker-compose and a Helm chart beside the manifests (testdata/repository).
 */
class RepositoryWalkTest {

    private static final Path REPOSITORY = TestPaths.testdata().resolve("repository");

    @Test
    void aWalkReportsOnlyTheManifestsAndCountsWhatItSkipped() throws Exception {
        List<SourceInput> inputs = new InputCollector(REPOSITORY, List.of(), List.of(), true).collect(List.of("."));
        Report report = new Linter(LintOptions.defaults()).check(inputs);
        assertThat(report.findings()).extracting(f -> f.location().file()).containsOnly("deploy/web.yaml");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("selector-mismatch");
        assertThat(report.files()).containsOnlyKeys("deploy/web.yaml");
        assertThat(report.skipped()).isEqualTo(Map.of(
                ".golangci.yml", LoadedFile.Skipped.NOT_KUBERNETES,
                ".goreleaser.yaml", LoadedFile.Skipped.NOT_KUBERNETES,
                "charts/web/templates/deployment.yaml", LoadedFile.Skipped.CHART_TEMPLATE,
                "codecov.yml", LoadedFile.Skipped.NOT_KUBERNETES,
                "docs/openapi.yaml", LoadedFile.Skipped.NOT_KUBERNETES,
                "docs/playbook.yaml", LoadedFile.Skipped.NOT_KUBERNETES,
                "mkdocs.yml", LoadedFile.Skipped.NOT_KUBERNETES,
                "renovate.yaml", LoadedFile.Skipped.NOT_KUBERNETES));
    }

    @Test
    void aNamedFileIsCheckedWhateverItHolds() throws Exception {
        List<SourceInput> inputs = new InputCollector(REPOSITORY, List.of(), List.of(), true)
                .collect(List.of("mkdocs.yml", "charts/web/templates/deployment.yaml"));
        Report report = new Linter(LintOptions.defaults()).check(inputs);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("missing-api-version-or-kind", "helm-template");
    }

    @Test
    void aFileWithSomeObjectsKeepsItsFindingsForTheOthers() throws Exception {
        SourceInput mixed = SourceInput.text("mixed.yaml", "a: 1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
                .asDiscovered();
        Report report = new Linter(LintOptions.defaults()).check(List.of(mixed));
        assertThat(report.skipped()).isEmpty();
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("missing-api-version-or-kind");
    }
}
