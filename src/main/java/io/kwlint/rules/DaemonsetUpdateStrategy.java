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

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("updateStrategy");
        Node type = strategy.get("type");
        if (!type.is("RollingUpdate") && !type.is("OnDelete")) {
            context.finding(type, "type", ApiError.unsupported(strategy, strategy.path(), ApiError.render(strategy),
                    List.of("RollingUpdate", "OnDelete")).body()).path(strategy.path()).report();
        }
    }
}
