package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.testing.CaseHeader;
import io.kwlint.testing.Expectation;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case under {@code testdata/rules/<rule-id>/}: a {@code bad-*.yaml} or
 * {@code good-*.yaml} file, or a folder of files loaded as one set. Its {@code # expect:} markers
 * must equal the findings exactly (rule, file, line, column, field path); a case without markers
 * must be clean. Only the folder's rule is compared unless the case says {@code rules=all}.
 */
class RuleCasesTest {

    @TestFactory
    Stream<DynamicNode> ruleCases() throws IOException {
        List<DynamicNode> rules = new ArrayList<>();
        // -Dkwlint.rule=<id>[,<id>] runs only those rules' cases, for a rule author at work.
        String only = System.getProperty("kwlint.rule", "");
        java.util.Set<String> selected = only.isBlank() ? java.util.Set.of() : java.util.Set.of(only.split(","));
        for (Path ruleDir : sortedChildren(TestPaths.testdata().resolve("rules"))) {
            if (!Files.isDirectory(ruleDir)) {
                continue;
            }
            String ruleId = ruleDir.getFileName().toString();
            if (!selected.isEmpty() && !selected.contains(ruleId)) {
                continue;
            }
            List<DynamicNode> cases = new ArrayList<>();
            for (Path entry : sortedChildren(ruleDir)) {
                String name = entry.getFileName().toString();
                if ((name.startsWith("bad") || name.startsWith("good")) && !name.endsWith(".fixed")) {
                    cases.add(DynamicTest.dynamicTest(ruleId + "/" + name, entry.toUri(), () -> runCase(ruleId, ruleDir, entry)));
                }
            }
            rules.add(DynamicContainer.dynamicContainer(ruleId, ruleDir.toUri(), cases.stream()));
        }
        return rules.stream();
    }

    /** Case files are UTF-8, except the file-encoding cases, whose markers are ASCII in any reading. */
    private static String markerText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static void runCase(String ruleId, Path ruleDir, Path entry) throws Exception {
        List<Path> files = Files.isDirectory(entry) ? yamlFilesIn(entry) : List.of(entry);
        List<Expectation> expected = new ArrayList<>();
        CaseHeader header = null;
        for (Path file : files) {
            String text = markerText(Files.readAllBytes(file));
            String display = ruleDir.relativize(file).toString().replace('\\', '/');
            expected.addAll(Expectation.parse(display, text));
            if (header == null) {
                header = CaseHeader.parse(text);
            }
        }
        String name = entry.getFileName().toString();
        if (name.startsWith("bad")) {
            assertThat(expected).as("%s is a bad case: it needs at least one '# expect:' marker", name).isNotEmpty();
        } else {
            assertThat(expected).as("%s is a good case: it must not expect findings", name).isEmpty();
        }
        Report report = Lint.paths(ruleDir, header.kubeVersion(), List.of(name), java.util.Set.of(ruleId),
                header.podSecurity());
        boolean all = header.allRules();
        List<Finding> actual = report.findings().stream()
                .filter(f -> all || f.ruleId().equals(ruleId) || f.ruleId().equals("internal-error"))
                .toList();
        compare(expected, actual);
    }

    static void compare(List<Expectation> expected, List<Finding> actual) {
        List<String> expectedKeys = expected.stream().map(Expectation::key).sorted().toList();
        List<String> actualKeys = actual.stream().map(Expectation::keyOf).sorted().toList();
        if (!expectedKeys.equals(actualKeys)) {
            List<String> missing = new ArrayList<>(expectedKeys);
            actualKeys.forEach(missing::remove);
            List<String> unexpected = new ArrayList<>();
            List<String> remaining = new ArrayList<>(expectedKeys);
            for (Finding finding : actual) {
                if (!remaining.remove(Expectation.keyOf(finding))) {
                    unexpected.add(Expectation.keyOf(finding) + "  " + finding.message());
                }
            }
            fail("findings differ from the '# expect:' markers\n  expected but missing:\n    "
                    + String.join("\n    ", missing) + "\n  found but not expected:\n    " + String.join("\n    ", unexpected));
        }
        Map<String, List<Finding>> byKey = actual.stream().collect(Collectors.groupingBy(Expectation::keyOf));
        for (Expectation expectation : expected) {
            if (expectation.fragment() != null) {
                assertThat(byKey.get(expectation.key()))
                        .as("message of %s", expectation.key())
                        .extracting(Finding::message)
                        .anySatisfy(message -> assertThat(message).contains(expectation.fragment()));
            }
        }
    }

    static List<Path> yamlFilesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    static List<Path> sortedChildren(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> children = new ArrayList<>(list.toList());
            Collections.sort(children, java.util.Comparator.comparing((Function<Path, String>) p -> p.getFileName().toString()));
            return children;
        }
    }
}
