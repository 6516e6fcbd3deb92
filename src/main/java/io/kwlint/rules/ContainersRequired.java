package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/** A pod needs at least one container (a missing pod template has none either). */
@RuleId("containers-required")
final class ContainersRequired implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node containers = object.podSpec().get("containers");
        boolean wrongType = containers.isPresent() && !containers.isSeq();
        if (!wrongType && containers.items().isEmpty()) {
            context.report(ApiError.required(containers, ""), "required");
        }
    }
}
