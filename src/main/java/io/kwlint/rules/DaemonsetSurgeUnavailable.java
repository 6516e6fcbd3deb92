package io.kwlint.rules;

import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.IntOrPercent;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * A DaemonSet rolling update takes exactly one of maxSurge and maxUnavailable. The trap:
 * maxUnavailable defaults to 1, so {@code maxSurge: 1} alone is rejected.
 */
@RuleId("daemonset-surge-unavailable")
final class DaemonsetSurgeUnavailable implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("updateStrategy");
        if (!strategy.get("type").is("RollingUpdate")) {
            return; // OnDelete ignores a rollingUpdate block; other types are reported elsewhere
        }
        Node rolling = strategy.get("rollingUpdate");
        Node unavailableNode = rolling.get("maxUnavailable");
        Optional<IntOrPercent> unavailable = IntOrPercent.of(unavailableNode);
        if (unavailable.isEmpty()) {
            return;
        }
        if (!context.enabled(Feature.DAEMON_SET_UPDATE_SURGE)) {
            // Without the surge feature maxSurge is dropped and maxUnavailable alone must be non-zero.
            if (unavailable.get().isLiteralZero()) {
                context.report(unavailableNode, "zero-without-surge", context.kubeVersion());
            }
            return;
        }
        Node surgeNode = rolling.get("maxSurge");
        Optional<IntOrPercent> surge = IntOrPercent.of(surgeNode);
        if (surge.isEmpty()) {
            return;
        }
        boolean hasSurge = !surge.get().isLiteralZero();
        boolean hasUnavailable = !unavailable.get().isLiteralZero();
        if (hasSurge && hasUnavailable) {
            if (unavailableNode.isDefaulted()) {
                context.finding(surgeNode, "surge-with-default-unavailable", surge.get())
                        .fixAdding("add maxUnavailable: 0, so that the DaemonSet surges", rolling, "maxUnavailable", "0")
                        .report();
            } else {
                context.finding(surgeNode, "surge-with-unavailable", surge.get(), unavailable.get())
                        .related(object, unavailableNode, "maxUnavailable " + unavailable.get())
                        .fix("set maxUnavailable to 0, so that the DaemonSet surges", unavailableNode, "0")
                        .report();
            }
        } else if (!hasSurge && !hasUnavailable) {
            context.finding(unavailableNode, "both-zero", unavailable.get(), surge.get())
                    .fix("set maxUnavailable to 1", unavailableNode, "1")
                    .report();
        }
    }
}
