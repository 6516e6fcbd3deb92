package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.rule.RuleCatalog;
import io.kwlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks ../shared/docs/kubernetes-rules.md against the catalogue: every rejected
 * condition and warning it lists (table rows and bullets) has a line in
 * testdata/kubernetes-rules-coverage.txt naming the rules that cover it, or why none does.
 */
class KubernetesRulesCoverageTest {

    private static final Pattern SECTION = Pattern.compile("## (\\d+)\\..*");
    private static final List<String> CONDITION_SECTIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "12");
    private static final List<String> HEADERS = List.of("path", "type (`field.ErrorType`)", "group/version",
            "path (under `spec.template.spec`)");

    @Test
    void everyConditionOfTheDocumentHasARule() throws Exception {
        Path document = TestPaths.root().resolveSibling("shared").resolve("docs/kubernetes-rules.md");
        Assumptions.assumeTrue(Files.exists(document), "../shared/docs is not beside the repository");
        List<String> items = items(Files.readAllLines(document));
        Map<String, String> coverage = coverage();
        List<String> uncovered = items.stream().filter(item -> !coverage.containsKey(item)).toList();
        List<String> stale = coverage.keySet().stream().filter(key -> !items.contains(key)).toList();
        assertThat(uncovered).as("document items without a line in testdata/kubernetes-rules-coverage.txt").isEmpty();
        assertThat(stale).as("coverage lines for items the document no longer has").isEmpty();
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (Map.Entry<String, String> entry : coverage.entrySet()) {
            if (entry.getValue().startsWith("n/a:")) {
                assertThat(entry.getValue()).as("a reason for %s", entry.getKey()).hasSizeGreaterThan(10);
                continue;
            }
            for (String rule : entry.getValue().split(",")) {
                assertThat(catalog.find(rule.strip())).as("rule %s named for %s", rule.strip(), entry.getKey()).isPresent();
            }
        }
        assertThat(items).hasSizeGreaterThan(100);
    }

    private static final String UPSTREAM = "upstream ";
    private static final Pattern UPSTREAM_LINE = Pattern.compile(
            "upstream (\\S.*?) \\| (.+?) => (?:(n/a: .{10,})|([a-z0-9, -]+?) @ (\\S+\\.yaml)(?: \\[(Test\\w+)\\])?)");

    /**
     * The upstream checks recorded function by function: each names rules that exist and a case
     * that expects one of them (or is a good case of one of them), or says why kwlint does not check it.
     */
    @Test
    void everyRecordedUpstreamCheckHasACaseOrAReason() throws Exception {
        RuleCatalog catalog = RuleCatalog.builtIn();
        Map<String, int[]> byFunction = new java.util.TreeMap<>();
        int lines = 0;
        for (String line : Files.readAllLines(TestPaths.testdata().resolve("kubernetes-rules-coverage.txt"))) {
            if (!line.startsWith(UPSTREAM)) {
                continue;
            }
            lines++;
            Matcher m = UPSTREAM_LINE.matcher(line);
            assertThat(m.matches()).as("malformed upstream line: %s", line).isTrue();
            int[] counts = byFunction.computeIfAbsent(m.group(1), f -> new int[2]);
            if (m.group(3) != null) {
                counts[1]++;
                continue;
            }
            counts[0]++;
            List<String> rules = java.util.Arrays.stream(m.group(4).split(",")).map(String::strip).toList();
            rules.forEach(rule -> assertThat(catalog.find(rule)).as("rule %s in: %s", rule, line).isPresent());
            Path testCase = TestPaths.testdata().resolve(m.group(5));
            assertThat(testCase).as("case of: %s", line).exists();
            String name = testCase.getFileName().toString();
            String ruleFolder = testCase.getParent().getFileName().toString();
            assertThat(rules).as("the case's rule folder is one of the rules of: %s", line).contains(ruleFolder);
            if (name.startsWith("bad")) {
                assertThat(Files.readString(testCase)).as("%s expects %s", name, ruleFolder).contains("# expect: " + ruleFolder + " ");
            } else {
                assertThat(name).as("a case is bad-* or good-*: %s", line).startsWith("good");
            }
        }
        int covered = byFunction.values().stream().mapToInt(c -> c[0]).sum();
        int notChecked = byFunction.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder summary = new StringBuilder("upstream checks recorded: " + lines + " (" + covered + " covered, "
                + notChecked + " not checked) in " + byFunction.size() + " functions\n");
        byFunction.forEach((function, c) -> summary.append("  ").append(function).append(": ").append(c[0])
                .append(" covered").append(c[1] > 0 ? ", " + c[1] + " not checked" : "").append('\n'));
        System.out.print(summary);
        assertThat(lines).isGreaterThan(100);
    }

    /** "section | path | first 40 characters of the condition", for table rows and bullets. */
    static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        String section = null;
        for (String line : lines) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                // §0 is the error format, §10 and §11 are formulas: the conditions are in the others.
                section = CONDITION_SECTIONS.contains(m.group(1)) ? m.group(1) : null;
                continue;
            }
            if (section == null) {
                continue;
            }
            if (line.startsWith("|") && !line.startsWith("|---")) {
                String[] cells = line.substring(1).split("\\|", -1);
                String path = normalize(cells[0]);
                if (HEADERS.contains(path) || cells.length < 2) {
                    continue;
                }
                items.add(section + " | " + path + " | " + prefix(normalize(cells[1])));
            } else if (line.startsWith("* ")) {
                items.add(section + " | * | " + prefix(normalize(line.substring(2))));
            }
        }
        return items;
    }

    private static Map<String, String> coverage() throws Exception {
        Map<String, String> coverage = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestPaths.testdata().resolve("kubernetes-rules-coverage.txt"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith(UPSTREAM)) {
                continue;
            }
            int arrow = line.lastIndexOf(" => ");
            coverage.put(line.substring(0, arrow), line.substring(arrow + 4).strip());
        }
        return coverage;
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String prefix(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
