package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** A DaemonSet's update strategy type is RollingUpdate or OnDelete. */
@RuleId("daemonset-update-strategy")
final class DaemonsetUpdateStrategy implements ObjectRule {

    private static final List<String> TYPES = List.of("RollingUpdate", "OnDelete");

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("updateStrategy");
        boolean supported = TYPES.stream().anyMatch(strategy.get("type")::is);
        if (!supported) {
            // Upstream prints the whole strategy, at spec.updateStrategy.
            ApiError error = ApiError.unsupported(strategy, TYPES);
            context.finding(strategy.get("type"), "type", error.body()).path(strategy.path()).report();
        }
    }
}
