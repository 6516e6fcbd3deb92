package io.kwlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Fixes;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.source.InputCollector;
import io.kwlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * kwlint check --fix over both corpora, on a copy: every fix applies, the fixed findings are gone
 * when the copy is checked again, no finding appears that was not there (except on objects a fix
 * moved from a removed apiVersion to a served one, which are then checked for the first time),
 * and a second --fix changes nothing.
 */
class FixCorpusTest {

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(TestPaths.corpusAvailable(), "../shared/corpus is not beside the repository");
    }

    @ParameterizedTest
    @ValueSource(strings = {"real-world", "lint-fixtures"})
    void fixingTheCorpusRemovesTheFixedFindingsAndAddsNone(String corpus, @TempDir Path copy) throws Exception {
        copyTree(TestPaths.corpus().resolve(corpus), copy);
        Report before = lint(copy);
        Map<String, Fixes.FixedFile> fixed = Fixes.apply(before);
        assertThat(fixed).as("the corpus has findings with fixes").isNotEmpty();
        List<Finding> fixedFindings = new ArrayList<>();
        Report after = before;
        // As --fix does: check and fix again while fixed text shows more (a bounded number of times).
        for (int pass = 0; pass < Fixes.MAX_PASSES && !fixed.isEmpty(); pass++) {
            Map<String, Fixes.FixedFile> thisPass = fixed;
            after.findings().stream().filter(f -> f.fix() != null && thisPass.containsKey(f.location().file()))
                    .forEach(fixedFindings::add);
            for (Fixes.FixedFile file : fixed.values()) {
                Files.writeString(file.source().path().orElseThrow(), file.text());
            }
            after = lint(copy);
            fixed = Fixes.apply(after);
        }
        Set<String> fixedKeys = keys(fixedFindings, FixCorpusTest::key);
        assertThat(after.findings()).as("fixed findings checked again").noneMatch(f -> fixedKeys.contains(key(f)));

        Set<String> firstChecked = fixedFindings.stream().filter(f -> f.ruleId().equals("removed-api-version"))
                .map(f -> f.location().file() + " " + f.objectName()).collect(Collectors.toSet());
        Set<String> beforePlaces = keys(before.findings(), FixCorpusTest::place);
        List<String> appeared = after.findings().stream()
                .filter(f -> !firstChecked.contains(f.location().file() + " " + f.objectName()))
                .map(FixCorpusTest::place).filter(p -> !beforePlaces.contains(p)).sorted().toList();
        assertThat(appeared).as("findings that fixing made appear").isEmpty();

        assertThat(Fixes.apply(after)).as("a second --fix").isEmpty();
    }

    private static Report lint(Path root) throws Exception {
        List<String> projects = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().forEach(projects::add);
        }
        if (projects.isEmpty()) {
            projects.add(".");
        }
        return new Linter(LintOptions.defaults()).check(new InputCollector(root, List.of(), List.of(), true).collect(projects));
    }

    private static Set<String> keys(List<Finding> findings, java.util.function.Function<Finding, String> key) {
        return findings.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Finding f) {
        return f.location().file() + " " + f.ruleId() + " " + f.objectName() + " " + f.fieldPathText() + " " + f.messageId();
    }

    private static String place(Finding f) {
        return f.location().file() + " " + f.ruleId() + " " + f.objectName() + " " + f.fieldPathText();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
