package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** concurrencyPolicy is Allow, Forbid or Replace. */
@RuleId("cronjob-concurrency-policy")
final class CronjobConcurrencyPolicy implements ObjectRule {

    private static final List<String> POLICIES = List.of("Allow", "Forbid", "Replace");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node policy = object.spec().get("concurrencyPolicy");
        if (policy.isPresent() && policy.asString().filter(POLICIES::contains).isEmpty()) {
            context.report(ApiError.unsupported(policy, POLICIES), "unsupported");
        }
    }
}
