package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.Rule;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.SourceInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: j}
            spec:
              ttlSecondsAfterFinished: 600
              template:
                spec:
                  containers: [{name: c, image: "c:1"}]
            """;

    @Test
    void theOrderFilesAreGivenInDoesNotChangeTheReport() {
        List<SourceInput> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inputs.add(SourceInput.text("f" + (char) ('a' + i) + ".yaml", JOB));
        }
        Linter linter = new Linter(LintOptions.defaults());
        List<Finding> forward = linter.check(inputs).findings();
        Collections.reverse(inputs);
        assertThat(linter.check(inputs).findings()).isEqualTo(forward);
        assertThat(forward.get(0).location().file()).isEqualTo("fa.yaml");
    }

    @Test
    void disabledRulesAndSeverityOverridesApply() {
        LintOptions options = LintOptions.defaults()
                .withDisabledRules(Set.of("pod-requests-total"))
                .withSeverityOverrides(Map.of("container-requests-missing", Severity.INFO));
        Report report = new Linter(options).check(List.of(SourceInput.text("j.yaml", JOB)));
        assertThat(report.findings()).extracting(Finding::ruleId)
                .contains("job-restart-policy", "container-requests-missing")
                .doesNotContain("pod-requests-total");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("container-requests-missing"))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(report.rules()).extracting(RuleMetadata::id).doesNotContain("pod-requests-total");
    }

    /** A rule with a bug: it throws on every Job. */
    private static final class Throwing implements ObjectRule {
        @Override
        public void check(KubeObject object, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aRuleThatThrowsBecomesAFindingAndTheOtherRulesStillRun() {
        RuleCatalog builtIn = RuleCatalog.builtIn();
        RuleMetadata restart = builtIn.get("job-restart-policy");
        RuleMetadata broken = new RuleMetadata("broken-rule", "Broken", "Breaks.", Severity.ERROR,
                io.kwlint.rule.Category.CORRECTNESS, List.of("Job"), "0.1.0", "high", List.of(), Map.of("m", "m"), List.of(), false,
                true, "", "", List.of(), List.of(), List.of(), "");
        List<RuleMetadata> rules = new ArrayList<>(builtIn.all().stream().filter(RuleMetadata::builtin).toList());
        rules.add(restart);
        rules.add(broken);
        Map<String, Rule> implementations = Map.of("broken-rule", new Throwing(),
                "job-restart-policy", builtIn.implementation("job-restart-policy"));
        Report report = new Linter(LintOptions.defaults(), RuleCatalog.of(rules, implementations))
                .check(List.of(SourceInput.text("j.yaml", JOB)));
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("internal-error", "job-restart-policy");
        Finding internal = report.findings().stream().filter(f -> f.ruleId().equals("internal-error")).findFirst().orElseThrow();
        assertThat(internal.message()).contains("broken-rule").contains("Job/j").contains("IllegalStateException: boom");
        assertThat(internal.location().line()).isEqualTo(1);
    }
}
