package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** Probes: exactly one handler, valid ports, non-negative timings, and the per-kind restrictions. */
@RuleId("probes")
final class Probes implements ObjectRule {

    private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");
    private static final List<String> TIMINGS = List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds",
            "successThreshold", "failureThreshold");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            for (String kind : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                Node probe = container.node().get(kind);
                if (probe.isPresent() && probe.isMap()) {
                    checkProbe(kind, probe, context);
                }
            }
        }
    }

    private static void checkProbe(String kind, Node probe, RuleContext context) {
        long handlers = HANDLERS.stream().filter(h -> probe.get(h).isPresent()).count();
        if (handlers == 0) {
            context.report(ApiError.required(probe, probe.path(), "must specify a handler type"), "invalid");
        } else if (handlers > 1) {
            context.report(ApiError.forbidden(probe, probe.path(), "may not specify more than 1 handler type"), "invalid");
        }
        checkPort(probe.at("httpGet.port"), context);
        checkPort(probe.at("tcpSocket.port"), context);
        Node grpcPort = probe.at("grpc.port");
        if (grpcPort.isPresent() && grpcPort.asLong().isPresent()) {
            checkPort(grpcPort, context);
        }
        for (String timing : TIMINGS) {
            Node value = probe.get(timing);
            if (value.asLong().orElse(0) < 0) {
                context.report(ApiError.negative(value), "invalid");
            }
        }
        Node success = probe.get("successThreshold");
        if (!kind.equals("readinessProbe") && success.asLong().orElse(1) != 1 && success.asLong().orElse(1) >= 0) {
            context.report(ApiError.invalid(success, success.path(), ApiError.render(success), "must be 1"), "success-threshold");
        }
        Node grace = probe.get("terminationGracePeriodSeconds");
        if (grace.isPresent()) {
            if (kind.equals("readinessProbe")) {
                context.report(ApiError.invalid(grace, grace.path(), ApiError.render(grace), "must not be set for readinessProbes"),
                        "invalid");
            } else if (grace.asLong().orElse(1) <= 0) {
                context.report(ApiError.invalid(grace, grace.path(), ApiError.render(grace), "must be greater than 0"), "invalid");
            }
        }
    }

    /** A probe port: 1-65535, or a container port name (an IANA service name). */
    private static void checkPort(Node port, RuleContext context) {
        if (!port.isPresent()) {
            return;
        }
        if (port.asLong().isPresent()) {
            long value = port.asLong().getAsLong();
            if (value < 1 || value > 65535) {
                context.report(ApiError.invalid(port, port.path(), Long.toString(value),
                        "must be between 1 and 65535, inclusive"), "invalid");
            }
            return;
        }
        port.asString().ifPresent(name -> ContainerPorts.portNameErrors(name).forEach(message ->
                context.report(ApiError.invalid(port, port.path(), ApiError.quote(name), message), "invalid")));
    }
}
