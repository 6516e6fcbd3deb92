package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** A Deployment's strategy type, and a rollingUpdate block only with RollingUpdate. */
@RuleId("deployment-strategy")
final class DeploymentStrategy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("strategy");
        Node type = strategy.get("type");
        if (!type.is("Recreate") && !type.is("RollingUpdate")) {
            // The API server reports the whole strategy, at spec.strategy.
            context.finding(type, "type", ApiError.unsupported(type, strategy.path(), ApiError.render(strategy),
                    List.of("Recreate", "RollingUpdate")).body()).path(strategy.path()).report();
        } else if (type.is("Recreate") && strategy.get("rollingUpdate").isPresent()) {
            context.report(strategy.get("rollingUpdate"), "recreate-with-rolling-update");
        }
    }
}
