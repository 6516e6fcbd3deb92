package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/** Ephemeral containers are added to running pods for debugging, never written in manifests. */
@RuleId("ephemeral-containers")
final class EphemeralContainers implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node ephemeral = object.podSpec().get("ephemeralContainers");
        if (ephemeral.isPresent() && !ephemeral.items().isEmpty()) {
            String detail = object.is(Kind.POD) ? "cannot be set on create" : "ephemeral containers not allowed in pod template";
            context.report(ApiError.forbidden(ephemeral, detail), "forbidden");
        }
    }
}
