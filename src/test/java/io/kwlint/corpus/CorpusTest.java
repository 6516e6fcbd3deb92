package io.kwlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real clusters accept the manifests of {@code ../shared/corpus/real-world} (apart from the quirks
 * its SOURCES.md lists), so every error kwlint reports there must be a true one: each is listed
 * with its reason in {@code testdata/corpus/real-world-errors.txt}, and the list must match
 * exactly. The deliberately bad {@code lint-fixtures} must load without crashing any rule.
 */
class CorpusTest {

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(TestPaths.corpusAvailable(), "../shared/corpus is not beside the repository");
    }

    @Test
    void realWorldErrorsAreExactlyTheKnownTrueOnes() throws Exception {
        Path corpus = TestPaths.corpus().resolve("real-world");
        Report report = Lint.paths(corpus, KubeVersion.DEFAULT, List.of("."));
        assertThat(report.fileCount()).isGreaterThan(500);
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
        System.out.println("real-world corpus at " + report.kubeVersion() + ": " + report.fileCount() + " files, "
                + report.objectCount() + " objects; findings per rule: " + countsPerRule(report));
        Set<String> actual = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.location() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).as("error-level findings on real-world manifests (see testdata/corpus/real-world-errors.txt)")
                .isEqualTo(knownErrors());
    }

    @Test
    void lintFixturesLoadWithoutCrashingAnyRule() throws Exception {
        Path fixtures = TestPaths.corpus().resolve("lint-fixtures");
        Report report = Lint.paths(fixtures, KubeVersion.DEFAULT, List.of("."));
        assertThat(report.fileCount()).isGreaterThan(200);
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
        System.out.println("lint-fixtures: " + report.fileCount() + " files, " + report.objectCount()
                + " objects; findings per rule: " + countsPerRule(report));
    }

    private static Map<String, Long> countsPerRule(Report report) {
        return report.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    }

    /** {@code file:line:col rule  # reason} lines; every rule named must exist. */
    private static Set<String> knownErrors() throws Exception {
        Set<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(TestPaths.testdata().resolve("corpus/real-world-errors.txt"))) {
            String entry = line.replaceAll("#.*", "").strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            assertThat(RuleCatalog.builtIn().find(parts[1])).as("rule of %s", entry).isPresent();
            known.add(parts[0] + " " + parts[1]);
        }
        return known;
    }
}
