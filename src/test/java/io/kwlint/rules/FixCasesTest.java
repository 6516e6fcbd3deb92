package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Fixes;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.testing.CaseHeader;
import io.kwlint.testing.Golden;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes of every fixable rule, as {@code kwlint check --fix} applies them: a bad case
 * {@code testdata/rules/<id>/bad-x.yaml} beside its fixed text {@code bad-x.yaml.fixed} (regenerate
 * with -Dkwlint.updateGolden=true and review the diff). Fixing changes only the fixed spans, the
 * fixed findings are gone when the file is checked again, no finding appears that was not there,
 * and fixing twice changes nothing the second time.
 */
class FixCasesTest {

    private static final boolean UPDATE = Boolean.getBoolean("kwlint.updateGolden");

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> fixedCases() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
            for (Path golden : RuleCasesTest.sortedChildren(TestPaths.testdata().resolve("rules").resolve(rule.id()))) {
                String name = golden.getFileName().toString();
                if (name.endsWith(".yaml.fixed")) {
                    Path bad = golden.resolveSibling(name.substring(0, name.length() - ".fixed".length()));
                    tests.add(DynamicTest.dynamicTest(rule.id() + "/" + bad.getFileName(), () -> fix(rule.id(), bad, golden)));
                }
            }
        }
        return tests.stream();
    }

    private static void fix(String ruleId, Path bad, Path golden) throws Exception {
        String text = Files.readString(bad);
        CaseHeader header = CaseHeader.parse(text);
        Report before = Lint.paths(bad.getParent(), header.kubeVersion(), List.of(bad.getFileName().toString()), Set.of(ruleId),
                header.podSecurity());
        List<Finding> fixable = before.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.fix() != null).toList();
        assertThat(fixable).as("%s: a fix case needs findings of %s with a fix", bad.getFileName(), ruleId).isNotEmpty();
        Map<String, Fixes.FixedFile> fixed = Fixes.apply(before.withFindings(fixable));
        String after = fixed.get(bad.getFileName().toString()).text();
        if (UPDATE) {
            Files.writeString(golden, after, StandardCharsets.UTF_8);
        }
        Golden.assertSameText(Files.readString(golden), after, golden.getFileName() + " (the fixed " + bad.getFileName() + ")");

        Path copy = Files.createDirectories(scratch.resolve(ruleId)).resolve(bad.getFileName());
        Files.writeString(copy, after, StandardCharsets.UTF_8);
        Report again = Lint.paths(copy.getParent(), header.kubeVersion(), List.of(copy.getFileName().toString()), Set.of(ruleId),
                header.podSecurity());
        Set<String> fixedKeys = fixable.stream().map(FixCasesTest::key).collect(Collectors.toSet());
        assertThat(again.findings()).as("findings of %s after fixing", bad.getFileName())
                .noneMatch(f -> fixedKeys.contains(key(f)));
        Set<String> beforeKeys = before.findings().stream().map(FixCasesTest::place).collect(Collectors.toSet());
        Set<String> firstChecked = firstCheckedObjects(fixable);
        assertThat(again.findings()).as("no new finding after fixing %s", bad.getFileName())
                .filteredOn(f -> !firstChecked.contains(f.objectName()))
                .allMatch(f -> beforeKeys.contains(place(f)));
        assertThat(Fixes.apply(again)).as("fixing %s twice", bad.getFileName()).isEmpty();
    }

    @Test
    void aRuleHasAFixDescriptionExactlyWhenItHasFixCases() throws Exception {
        for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
            boolean cases = RuleCasesTest.sortedChildren(TestPaths.testdata().resolve("rules").resolve(rule.id())).stream()
                    .anyMatch(p -> p.getFileName().toString().endsWith(".yaml.fixed"));
            assertThat(cases).as("rules/%s.md says `fix:` (%s), so testdata/rules/%s needs a bad-*.yaml.fixed case",
                    rule.id(), rule.fix(), rule.id()).isEqualTo(!rule.fix().isEmpty());
        }
    }

    /**
     * Objects that a fix moves from a removed apiVersion to a served one: kwlint checks them for
     * the first time (an object the server does not serve is not checked further), so their
     * findings are new by nature.
     */
    static Set<String> firstCheckedObjects(List<Finding> fixed) {
        return fixed.stream().filter(f -> f.ruleId().equals("removed-api-version")).map(Finding::objectName)
                .collect(Collectors.toSet());
    }

    /** A finding, whatever its line and column: rule, object, field. */
    static String key(Finding finding) {
        return finding.ruleId() + " " + finding.objectName() + " " + finding.fieldPathText() + " " + finding.messageId();
    }

    /** Where a finding is, whatever it says: a fix may change a message that quotes the fixed value. */
    static String place(Finding finding) {
        return finding.ruleId() + " " + finding.objectName() + " " + finding.fieldPathText();
    }
}
