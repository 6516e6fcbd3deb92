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
 * A rolling update whose maxUnavailable covers every replica (one replica with maxUnavailable
 * 1 is the usual case): the controller may stop all old pods before a new one is ready.
 */
@RuleId("deployment-single-replica-outage")
final class DeploymentSingleReplicaOutage implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("strategy");
        OptionalInt replicas = object.spec().get("replicas").asInt32();
        if (!strategy.get("type").is("RollingUpdate") || replicas.isEmpty() || replicas.getAsInt() < 1) {
            return;
        }
        Node unavailableNode = strategy.at("rollingUpdate.maxUnavailable");
        Optional<IntOrPercent> unavailable = IntOrPercent.of(unavailableNode);
        Optional<Integer> pods = unavailable.flatMap(u -> u.scaled(replicas.getAsInt(), false));
        // A budget that only rounds to zero is deployment-rollout-fencepost's finding.
        if (pods.isPresent() && pods.get() >= replicas.getAsInt()) {
            context.report(unavailableNode, "outage", unavailable.get(), replicas.getAsInt());
        }
    }
}
