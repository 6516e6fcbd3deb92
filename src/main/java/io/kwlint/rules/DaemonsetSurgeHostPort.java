package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.IntOrPercent;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * A surging DaemonSet starts the new pod on a node while the old one still runs there. A host
 * port (or host networking) makes the two collide: the new pod stays Pending, the old one is
 * never replaced, and the rollout stalls on the first node.
 */
@RuleId("daemonset-surge-host-port")
final class DaemonsetSurgeHostPort implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        if (!context.enabled(Feature.DAEMON_SET_UPDATE_SURGE)) {
            return;
        }
        Node strategy = object.spec().get("updateStrategy");
        Optional<IntOrPercent> surge = IntOrPercent.of(strategy.at("rollingUpdate.maxSurge"));
        if (!strategy.get("type").is("RollingUpdate") || surge.isEmpty() || surge.get().isLiteralZero()) {
            return;
        }
        Node podSpec = object.podSpec();
        boolean hostNetwork = podSpec.get("hostNetwork").asBoolean().orElse(false);
        for (Container container : Container.of(podSpec)) {
            if (!container.runsAlongside(context.target())) {
                continue; // a finished init container holds no port
            }
            for (Node port : container.node().get("ports").items()) {
                Node hostPort = port.get("hostPort");
                if (hostPort.asLong().orElse(0) > 0) {
                    context.report(hostPort, "host-port", surge.get(), container.displayName(), hostPort.asLong().getAsLong());
                    return;
                }
                Node containerPort = port.get("containerPort");
                if (hostNetwork && containerPort.asLong().orElse(0) > 0) {
                    context.report(containerPort, "host-network", surge.get(), container.displayName(),
                            containerPort.asLong().getAsLong());
                    return;
                }
            }
        }
    }
}
