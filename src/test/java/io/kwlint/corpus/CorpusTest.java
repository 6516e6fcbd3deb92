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
        List<Finding> findings = lintByOriginalDirectory(KubeVersion.DEFAULT);
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("internal-error");
        Set<String> actual = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.location() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).as("error-level findings on real-world manifests (see testdata/corpus/real-world-errors.txt)")
                .isEqualTo(knownErrors(KubeVersion.DEFAULT));
    }

    /**
     * At an older target the version-dependent rules change (no pod-level resources, other
     * defaults, gates off); still no error may appear that the known list does not explain.
     */
    @Test
    void realWorldErrorsAtAnOlderVersionAreTheKnownOnes() throws Exception {
        Set<String> actual = lintByOriginalDirectory(KubeVersion.of(29)).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.location() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(knownErrors(KubeVersion.of(29)));
    }

    /**
     * The corpus flattened each project's folders into file names ({@code a__b__c.yaml} was
     * {@code a/b/c.yaml}); kwlint is run on each original folder as a set, as its users run it
     * on an application's manifests, so that unrelated samples are not compared with each other.
     */
    private static List<Finding> lintByOriginalDirectory(KubeVersion version) throws Exception {
        Path corpus = TestPaths.corpus().resolve("real-world");
        java.util.Map<String, List<String>> groups = new TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml")).toList()) {
                String relative = corpus.relativize(file).toString().replace('\\', '/');
                int cut = relative.lastIndexOf("__");
                String group = cut < 0 ? relative.substring(0, relative.lastIndexOf('/') + 1) : relative.substring(0, cut);
                groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(relative);
            }
        }
        List<Finding> findings = new java.util.ArrayList<>();
        int fileCount = 0;
        int objectCount = 0;
        for (List<String> group : groups.values()) {
            Report report = Lint.paths(corpus, version, group);
            findings.addAll(report.findings());
            fileCount += report.fileCount();
            objectCount += report.objectCount();
        }
        assertThat(fileCount).isGreaterThan(500);
        System.out.println("real-world corpus at " + version + ": " + fileCount + " files in " + groups.size()
                + " folders, " + objectCount + " objects; findings per rule: " + countsPerRule(findings));
        return findings;
    }

    @Test
    void lintFixturesLoadWithoutCrashingAnyRule() throws Exception {
        Path fixtures = TestPaths.corpus().resolve("lint-fixtures");
        Report report = Lint.paths(fixtures, KubeVersion.DEFAULT, List.of("."));
        assertThat(report.fileCount()).isGreaterThan(200);
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
        System.out.println("lint-fixtures: " + report.fileCount() + " files, " + report.objectCount()
                + " objects; findings per rule: " + countsPerRule(report.findings()));
    }

    private static Map<String, Long> countsPerRule(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    }

    /** {@code file:line:col rule  # reason} lines; every rule named must exist. */
    /** The entries of real-world-errors.txt for a target: unqualified ones and those marked {@code only=1.NN}. */
    private static Set<String> knownErrors(KubeVersion version) throws Exception {
        Set<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(TestPaths.testdata().resolve("corpus/real-world-errors.txt"))) {
            String entry = line.replaceAll("#.*", "").strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            if (parts.length > 2 && !parts[2].equals("only=" + version)) {
                continue;
            }
            assertThat(RuleCatalog.builtIn().find(parts[1])).as("rule of %s", entry).isPresent();
            known.add(parts[0] + " " + parts[1]);
        }
        return known;
    }
}
