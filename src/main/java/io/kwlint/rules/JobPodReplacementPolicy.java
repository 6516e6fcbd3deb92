package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** podReplacementPolicy is Failed or TerminatingOrFailed; with a podFailurePolicy only Failed. */
@RuleId("job-pod-replacement-policy")
final class JobPodReplacementPolicy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node policy = spec.get("podReplacementPolicy");
        if (!policy.isPresent() || policy.isDefaulted()) {
            return;
        }
        List<String> supported = spec.get("podFailurePolicy").isPresent() ? List.of("Failed")
                : List.of("Failed", "TerminatingOrFailed");
        if (policy.asString().filter(supported::contains).isEmpty()) {
            context.report(ApiError.unsupported(policy, supported),
                    supported.size() == 1 ? "with-failure-policy" : "unsupported");
        }
    }
}
