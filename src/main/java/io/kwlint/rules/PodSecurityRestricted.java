package io.kwlint.rules;

import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.rule.RuleId;

/** Opt-in: every pod and pod template held to the restricted Pod Security Standard, whatever its namespace. */
@RuleId("pod-security-restricted")
final class PodSecurityRestricted extends PodSecurityStandard {

    PodSecurityRestricted() {
        super(PodSecurityPolicy.Level.RESTRICTED);
    }
}
