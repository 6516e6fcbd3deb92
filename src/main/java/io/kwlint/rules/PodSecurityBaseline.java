package io.kwlint.rules;

import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.rule.RuleId;

/** Opt-in: every pod and pod template held to the baseline Pod Security Standard, whatever its namespace. */
@RuleId("pod-security-baseline")
final class PodSecurityBaseline extends PodSecurityStandard {

    PodSecurityBaseline() {
        super(PodSecurityPolicy.Level.BASELINE);
    }
}
