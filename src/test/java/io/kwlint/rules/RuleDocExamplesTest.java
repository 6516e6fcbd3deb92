package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.testing.CaseHeader;
import io.kwlint.testing.Lint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples of every rule page run: a Bad example must make its rule fire, a Good one must not. */
class RuleDocExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
            List<String> bad = rule.badExamples();
            for (int i = 0; i < bad.size(); i++) {
                String yaml = bad.get(i);
                tests.add(DynamicTest.dynamicTest(rule.id() + " bad example " + (i + 1),
                        () -> assertThat(findingsOf(rule.id(), yaml)).as("rules/%s.md Bad example must fire", rule.id()).isNotEmpty()));
            }
            List<String> good = rule.goodExamples();
            for (int i = 0; i < good.size(); i++) {
                String yaml = good.get(i);
                tests.add(DynamicTest.dynamicTest(rule.id() + " good example " + (i + 1),
                        () -> assertThat(findingsOf(rule.id(), yaml)).as("rules/%s.md Good example must be clean", rule.id()).isEmpty()));
            }
        }
        return tests.stream();
    }

    private static List<String> findingsOf(String ruleId, String yaml) {
        Report report = Lint.text("example.yaml", yaml, CaseHeader.parse(yaml).kubeVersion(), java.util.Set.of(ruleId));
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::message).toList();
    }
}
