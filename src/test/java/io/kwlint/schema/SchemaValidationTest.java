package io.kwlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.model.KubeVersion;
import io.kwlint.source.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema validation beyond the bundled kinds: a team's CRD schemas, strict kinds, version folders. */
class SchemaValidationTest {

    private static final String WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            spec:
              size: "3"
              colour: red
            """;

    private static final String WIDGET_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "apiVersion": {"type": "string"},
                "kind": {"type": "string"},
                "metadata": {"type": "object"},
                "spec": {
                  "type": "object",
                  "properties": {"size": {"type": "integer", "minimum": 1}, "color": {"type": "string"}},
                  "additionalProperties": false
                }
              }
            }
            """;

    @TempDir
    Path schemas;

    @Test
    void customResourcesAreSkippedWithoutASchema() {
        assertThat(lint(LintOptions.defaults(), WIDGET)).isEmpty();
    }

    @Test
    void strictKindsReportsAKindWithoutSchema() {
        List<String> findings = lint(LintOptions.defaults().withEnabledRules(Set.of(SchemaValidator.NO_SCHEMA)), WIDGET);
        assertThat(findings).containsExactly(
                "2:7 schema-missing - no schema for Widget example.com/v1 at Kubernetes 1.35: it is not validated"
                        + " (add its schema with --schema-location)");
    }

    @Test
    void schemaLocationValidatesCustomResourcesInKubeconformLayout() throws Exception {
        Files.writeString(schemas.resolve("widget-example-v1.json"), WIDGET_SCHEMA);
        List<String> findings = lint(LintOptions.defaults().withSchemaLocations(List.of(schemas))
                .withEnabledRules(Set.of(SchemaValidator.NO_SCHEMA)), WIDGET);
        assertThat(findings).containsExactly(
                "6:9 schema-type spec.size `size` must be an integer, got the string \"3\"",
                "7:3 schema-unknown-field spec.colour unknown field `colour` — did you mean `color`?");
    }

    @Test
    void schemaLocationAcceptsTheCrdsCatalogLayoutPerVersion() throws Exception {
        Path folder = schemas.resolve("1.30/example.com");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("widget_v1.json"), WIDGET_SCHEMA);
        List<String> findings = lint(LintOptions.defaults().withKubeVersion(KubeVersion.of(30))
                .withSchemaLocations(List.of(schemas)), WIDGET);
        assertThat(findings).hasSize(2);
    }

    @Test
    void aSchemaThatDoesNotLoadIsOneFindingAndTheOtherObjectsAreStillChecked() throws Exception {
        Files.writeString(schemas.resolve("widget-example-v1.json"), "{\"type\": ");
        String pod = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: busybox:1.36, tty: yes}]\n";
        List<String> findings = lint(LintOptions.defaults().withSchemaLocations(List.of(schemas)), WIDGET + pod);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).startsWith("2:7 schema-value - cannot validate Widget example.com/v1: its schema "
                + schemas.resolve("widget-example-v1.json") + " does not load: ");
    }

    @Test
    void aUserSchemaKeywordWithoutAMessageOfItsOwnIsReportedWithTheValidatorsWords() throws Exception {
        Files.writeString(schemas.resolve("widget-example-v1.json"), WIDGET_SCHEMA
                .replace("\"color\": {\"type\": \"string\"}", "\"color\": {\"type\": \"string\", \"maxLength\": 3}")
                .replace("\"additionalProperties\": false", "\"additionalProperties\": true"));
        String widget = WIDGET.replace("size: \"3\"", "size: 3").replace("colour: red", "color: crimson");
        List<String> findings = lint(LintOptions.defaults().withSchemaLocations(List.of(schemas)), widget);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f).startsWith("7:10 schema-value spec.color `color`: "));
    }

    @Test
    void versionsWithoutTheirOwnFolderUseTheNearestNewer() {
        assertThat(Schemas.bundledFolder(KubeVersion.of(29))).isEqualTo("1.30");
        assertThat(Schemas.bundledFolder(KubeVersion.of(20))).isEqualTo("1.28");
        assertThat(Schemas.bundledFolder(KubeVersion.of(35))).isEqualTo("1.35");
    }

    @Test
    void beforeOneTwentyFiveABetaCronJobIsCheckedLikeBatchV1() {
        String cronJob = """
                apiVersion: batch/v1beta1
                kind: CronJob
                metadata:
                  name: nightly
                spec:
                  schedule: "0 3 * * *"
                  sheduleTimeZone: UTC
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: job
                              image: busybox:1.36
                """;
        assertThat(lint(LintOptions.defaults().withKubeVersion(KubeVersion.of(24)), cronJob))
                .containsExactly("7:3 schema-unknown-field spec.sheduleTimeZone unknown field `sheduleTimeZone`");
    }

    private static List<String> lint(LintOptions options, String yaml) {
        Report report = new Linter(options).check(List.of(SourceInput.text("test.yaml", yaml)));
        return report.findings().stream()
                .filter(f -> SchemaValidator.isSchemaRule(f.ruleId()))
                .map(SchemaValidationTest::describe)
                .toList();
    }

    private static String describe(Finding f) {
        return f.location().line() + ":" + f.location().column() + " " + f.ruleId() + " "
                + (f.fieldPath() == null ? "-" : f.fieldPathText()) + " " + f.message();
    }
}
