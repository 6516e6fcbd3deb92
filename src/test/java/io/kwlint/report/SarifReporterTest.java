package io.kwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.source.SourceInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final String JOBS = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: a}
            spec:
              ttlSecondsAfterFinished: 60
              template:
                spec:
                  containers: [{name: c, image: "c:1", resources: {requests: {cpu: 1, memory: 1Gi}}}]
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: b}
            spec:
              ttlSecondsAfterFinished: 60
              template:
                spec:
                  containers: [{name: c, image: "c:1", resources: {requests: {cpu: 1, memory: 1Gi}}}]
            """;

    private static String sarif(String name, String yaml) {
        Report report = new Linter(LintOptions.defaults()).check(List.of(SourceInput.text(name, yaml)));
        return new SarifReporter(Path.of("/work/repo")).render(report);
    }

    private static List<String> fingerprints(String sarif) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"kwlint/v1\": \"([^\"]+)\"").matcher(sarif);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void fingerprintsSurviveLinesMovingAndDifferPerObject() {
        List<String> before = fingerprints(sarif("k8s/jobs.yaml", JOBS));
        List<String> after = fingerprints(sarif("k8s/jobs.yaml", "# a new comment\n# and another\n" + JOBS));
        assertThat(before).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        assertThat(after).isEqualTo(before);
        assertThat(fingerprints(sarif("k8s/other.yaml", JOBS))).doesNotContainAnyElementsOf(before);
    }

    @Test
    void fileFindingsWithoutAnObjectGetUniqueFingerprints() {
        String yaml = "a: 1\nb: 2\na: 3\nb: 4\n";
        List<String> values = fingerprints(sarif("dup.yaml", yaml));
        assertThat(values).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void locationsAreRelativeToSrcrootWithFullRegions() {
        String sarif = sarif("my dir/jobs.yaml", JOBS);
        assertThat(sarif).contains("\"uri\": \"my%20dir/jobs.yaml\"")
                .contains("\"uriBaseId\": \"%SRCROOT%\"")
                .contains("\"%SRCROOT%\": {\n          \"uri\": \"file:///work/repo/\"")
                .contains("\"startLine\": 7", "\"startColumn\": 5", "\"endLine\": 7", "\"endColumn\": 9")
                .contains("\"ruleIndex\"", "\"fieldPath\": \"spec.template.spec.restartPolicy\"", "\"object\": \"Job/a\"");
    }

    @Test
    void aFixableFindingCarriesItsFixAsReplacements() throws Exception {
        String sarif = sarif("job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n"
                + "      restartPolicy: Always\n      containers: [{name: c, image: \"c:1\"}]\n");
        Map<?, ?> run = (Map<?, ?>) ((List<?>) ((Map<?, ?>) io.kwlint.json.JsonReader.parse(sarif)).get("runs")).get(0);
        Map<?, ?> result = ((List<?>) run.get("results")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> r.get("ruleId").equals("job-restart-policy")).findFirst().orElseThrow();
        Map<?, ?> fix = (Map<?, ?>) ((List<?>) result.get("fixes")).get(0);
        assertThat(((Map<?, ?>) fix.get("description")).get("text")).isEqualTo("set restartPolicy to OnFailure");
        Map<?, ?> change = (Map<?, ?>) ((List<?>) fix.get("artifactChanges")).get(0);
        assertThat(((Map<?, ?>) change.get("artifactLocation")).get("uri")).isEqualTo("job.yaml");
        Map<?, ?> replacement = (Map<?, ?>) ((List<?>) change.get("replacements")).get(0);
        assertThat(replacement.get("deletedRegion").toString()).isEqualTo("{startLine=7, startColumn=22, endLine=7, endColumn=28}");
        assertThat(((Map<?, ?>) replacement.get("insertedContent")).get("text")).isEqualTo("OnFailure");
    }
}
