package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/** podManagementPolicy is OrderedReady or Parallel. */
@RuleId("statefulset-pod-management-policy")
final class StatefulsetPodManagementPolicy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node policy = object.spec().get("podManagementPolicy");
        if (policy.isPresent() && !policy.is("OrderedReady") && !policy.is("Parallel")) {
            context.report(ApiError.invalid(policy, "must be 'OrderedReady' or 'Parallel'"), "invalid");
        }
    }
}
