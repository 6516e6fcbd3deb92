package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.IntOrPercent;
import io.kwlint.yaml.Node;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * maxSurge and maxUnavailable that are not zero as written but both round to zero pods: the
 * Deployment controller then allows one unavailable pod (its "fencepost"), which is a budget
 * the author did not write.
 */
@RuleId("deployment-rollout-fencepost")
final class DeploymentRolloutFencepost implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("strategy");
        OptionalInt replicas = object.spec().get("replicas").asInt32();
        if (!strategy.get("type").is("RollingUpdate") || replicas.isEmpty() || replicas.getAsInt() <= 0) {
            return;
        }
        Node rolling = strategy.get("rollingUpdate");
        Optional<IntOrPercent> surge = IntOrPercent.of(rolling.get("maxSurge"));
        Optional<IntOrPercent> unavailable = IntOrPercent.of(rolling.get("maxUnavailable"));
        if (surge.isEmpty() || unavailable.isEmpty()
                || (surge.get().isLiteralZero() && unavailable.get().isLiteralZero())) {
            return; // unreadable, or rejected outright (deployment-zero-surge-unavailable)
        }
        int pods = replicas.getAsInt();
        Optional<Integer> surgePods = surge.get().scaled(pods, true);
        Optional<Integer> unavailablePods = unavailable.get().scaled(pods, false);
        if (surgePods.isPresent() && unavailablePods.isPresent() && surgePods.get() == 0 && unavailablePods.get() == 0) {
            context.report(rolling.get("maxUnavailable"), "forced-one", unavailable.get(), pods, surge.get());
        }
    }
}
