package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Container ports: numbers in range, protocols, names (IANA service names, unique per
 * container), host ports that collide between containers, and host ports under hostNetwork.
 */
@RuleId("container-ports")
final class ContainerPorts implements ObjectRule {

    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podSpec = object.podSpec();
        boolean hostNetwork = podSpec.get("hostNetwork").asBoolean().orElse(false);
        Set<String> hostPortsOfRegularContainers = new HashSet<>();
        for (Container container : Container.of(podSpec)) {
            // Init containers run one by one, so only regular containers' host ports can collide.
            Set<String> hostPorts = container.init() ? new HashSet<>() : hostPortsOfRegularContainers;
            Set<String> names = new HashSet<>();
            for (Node port : container.node().get("ports").items()) {
                checkPort(port, hostNetwork, names, hostPorts, context);
            }
        }
    }

    private static void checkPort(Node port, boolean hostNetwork, Set<String> names, Set<String> hostPorts,
            RuleContext context) {
        Node containerPort = port.get("containerPort");
        OptionalLong number = containerPort.asLong();
        if (!containerPort.isPresent() || number.orElse(-1) == 0) {
            context.report(ApiError.required(containerPort, ""), "invalid");
        } else if (number.isPresent()) {
            checkRange(containerPort, number.getAsLong(), context);
        }
        Node hostPort = port.get("hostPort");
        long host = hostPort.asLong().orElse(0);
        if (host != 0) {
            checkRange(hostPort, host, context);
        }
        Node protocol = port.get("protocol");
        if (protocol.isPresent() && protocol.asString().filter(PROTOCOLS::contains).isEmpty()) {
            RuleContext.FindingBuilder finding = context.finding(ApiError.unsupported(protocol, PROTOCOLS), "invalid");
            LetterCase.correction(protocol, PROTOCOLS).ifPresent(fixed -> finding.fix("write protocol " + fixed, protocol, fixed));
            finding.report();
        }
        Node name = port.get("name");
        name.asString().filter(n -> !n.isEmpty()).ifPresent(n -> {
            for (String message : KubeValidation.portName(n)) {
                context.report(ApiError.invalid(name, ApiError.quote(n), message), "invalid");
            }
            if (!names.add(n)) {
                context.report(new ApiError(name, name.path(), ApiError.Type.DUPLICATE, ApiError.quote(n), null), "invalid");
            }
        });
        if (host != 0) {
            String key = protocol.asString().orElse("TCP") + "/" + port.get("hostIP").asString().orElse("") + "/" + host;
            if (!hostPorts.add(key)) {
                context.report(new ApiError(hostPort, hostPort.path(), ApiError.Type.DUPLICATE, ApiError.quote(key), null),
                        "host-port-taken");
            }
        }
        // A hostPort of 0 under hostNetwork becomes containerPort in the pod; any other must equal it.
        if (hostNetwork && host != 0 && number.isPresent() && host != number.getAsLong()) {
            context.report(ApiError.invalid(hostPort, Long.toString(host),
                    "must match `containerPort` when `hostNetwork` is true"), "invalid");
        }
    }

    private static void checkRange(Node node, long value, RuleContext context) {
        if (value < 1 || value > 65535) {
            context.report(ApiError.invalid(node, Long.toString(value), "must be between 1 and 65535, inclusive"),
                    "invalid");
        }
    }
}
