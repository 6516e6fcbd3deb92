package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.Handlers;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.OptionalLong;

/**
 * Probes of containers and sidecars: exactly one handler with valid fields (ports, HTTP scheme
 * and headers, a command), non-negative timings, and the per-kind restrictions.
 */
@RuleId("probes")
final class Probes implements ObjectRule {

    private static final List<String> TIMINGS = List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds",
            "successThreshold", "failureThreshold");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            if (container.init() && !container.isSidecar(context.target())) {
                continue; // init-container-restrictions forbids the probes themselves; upstream checks nothing inside
            }
            for (String kind : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                Node probe = container.node().get(kind);
                if (probe.isPresent() && probe.isMap()) {
                    checkProbe(kind, probe, context);
                }
            }
        }
    }

    private static void checkProbe(String kind, Node probe, RuleContext context) {
        Handlers.errors(probe, Handlers.PROBE_KINDS, new Handlers.SleepLimits(OptionalLong.empty(), true))
                .forEach(error -> context.report(error, "invalid"));
        for (String timing : TIMINGS) {
            Node value = probe.get(timing);
            if (value.asLong().orElse(0) < 0) {
                context.report(ApiError.negative(value), "invalid");
            }
        }
        Node success = probe.get("successThreshold");
        if (!kind.equals("readinessProbe") && success.asLong().orElse(1) != 1 && success.asLong().orElse(1) >= 0) {
            context.report(ApiError.invalid(success, "must be 1"), "success-threshold");
        }
        Node grace = probe.get("terminationGracePeriodSeconds");
        if (grace.isPresent()) {
            if (kind.equals("readinessProbe")) {
                context.report(ApiError.invalid(grace, "must not be set for readinessProbes"),
                        "invalid");
            } else if (grace.asLong().orElse(1) <= 0) {
                context.report(ApiError.invalid(grace, "must be greater than 0"), "invalid");
            }
        }
    }
}
