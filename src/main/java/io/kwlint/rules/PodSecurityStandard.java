package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.podsecurity.PodSecurity;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.yaml.Node;

/** What the opt-in Pod Security rules share: every pod template held to one level, at the target's latest policy. */
abstract class PodSecurityStandard implements ObjectRule {

    private final PodSecurityPolicy policy;

    PodSecurityStandard(PodSecurityPolicy.Level level) {
        this.policy = PodSecurityPolicy.latest(level);
    }

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node template = object.podTemplate();
        PodSecurity.evaluate(policy, context.kubeVersion(), template.get("metadata"), template.get("spec"))
                .forEach(v -> context.report(v.at(), "violation", policy, v.text()));
    }
}
