package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/** The API server's warnings about container ports that repeat or overlap, and hostIP without hostPort. */
@RuleId("port-definition-warning")
final class PortDefinitionWarning implements ObjectRule {

    private record Port(Node node, long containerPort, String protocol, long hostPort, String hostIp) {
    }


    @Override
    public void check(KubeObject object, RuleContext context) {
        List<Port> seen = new ArrayList<>();
        for (Container container : Container.of(object.podSpec())) {
            if (container.init()) {
                continue;
            }
            for (Node node : container.node().get("ports").items()) {
                if (!isNumberOrAbsent(node.get("containerPort")) || !isNumberOrAbsent(node.get("hostPort"))) {
                    continue; // "${PORT}": the schema check reports the type; comparing it as 0 would invent a clash
                }
                Port port = new Port(node, node.get("containerPort").asLong().orElse(0),
                        node.get("protocol").asString().orElse("TCP"), node.get("hostPort").asLong().orElse(0),
                        node.get("hostIP").asString().orElse(""));
                if (!port.hostIp.isEmpty() && port.hostPort == 0) {
                    context.report(node.get("hostIP"), "host-ip-without-host-port", port.hostIp);
                }
                for (Port earlier : seen) {
                    if (earlier.containerPort != port.containerPort || !earlier.protocol.equals(port.protocol)) {
                        continue;
                    }
                    String kind = earlier.hostPort == port.hostPort && earlier.hostIp.equals(port.hostIp) ? "duplicate"
                            : earlier.hostPort == 0 || port.hostPort == 0 ? "overlapping"
                            : earlier.hostPort == port.hostPort && earlier.hostIp.isEmpty() != port.hostIp.isEmpty()
                                    ? "ambiguous" : null;
                    if (kind != null) {
                        context.finding(node, kind, earlier.node.path(), port.containerPort + "/" + port.protocol)
                                .related(object, earlier.node, "the first definition").report();
                        break;
                    }
                }
                seen.add(port);
            }
        }
    }

    private static boolean isNumberOrAbsent(Node value) {
        return !value.isPresent() || value.asLong().isPresent();
    }
}
