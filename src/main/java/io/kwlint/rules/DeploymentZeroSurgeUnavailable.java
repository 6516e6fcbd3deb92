package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.IntOrPercent;
import io.kwlint.yaml.Node;
import java.util.Optional;

/** A RollingUpdate with maxSurge and maxUnavailable both literally zero can never progress. */
@RuleId("deployment-zero-surge-unavailable")
final class DeploymentZeroSurgeUnavailable implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("strategy");
        if (!strategy.get("type").is("RollingUpdate")) {
            return;
        }
        Node rolling = strategy.get("rollingUpdate");
        Optional<IntOrPercent> surge = IntOrPercent.of(rolling.get("maxSurge"));
        Optional<IntOrPercent> unavailable = IntOrPercent.of(rolling.get("maxUnavailable"));
        if (surge.isEmpty() || unavailable.isEmpty()) {
            return; // a value of the wrong type fails decoding; the schema check reports it
        }
        // The API server compares the written numbers, not the rounded pod counts.
        if (surge.get().isLiteralZero() && unavailable.get().isLiteralZero()) {
            // The fix surges rather than takes a pod down: with one replica, maxUnavailable 1 would
            // make every rollout an outage (deployment-single-replica-outage).
            context.finding(rolling.get("maxUnavailable"), "both-zero", unavailable.get(), surge.get())
                    .fix("set maxSurge to 1", rolling.get("maxSurge"), "1")
                    .report();
        }
    }
}
