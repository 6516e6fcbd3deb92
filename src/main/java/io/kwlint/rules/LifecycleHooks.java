package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.Handlers;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.OptionalLong;

/**
 * postStart and preStop hooks of containers and sidecars (validateLifecycle): exactly one handler
 * with valid fields; a sleep no longer than the pod's termination grace period.
 */
@RuleId("lifecycle-hooks")
final class LifecycleHooks implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node grace = object.podSpec().get("terminationGracePeriodSeconds");
        Handlers.SleepLimits sleep = new Handlers.SleepLimits(
                grace.asLong().isPresent() ? OptionalLong.of(grace.asLong().getAsLong()) : OptionalLong.empty(),
                context.enabled(Feature.POD_LIFECYCLE_SLEEP_ACTION_ALLOW_ZERO));
        for (Container container : Container.of(object.podSpec())) {
            if (container.init() && !container.isSidecar(context.target())) {
                continue; // init-container-restrictions forbids the hooks themselves
            }
            for (String hook : List.of("postStart", "preStop")) {
                Node handler = container.node().at("lifecycle." + hook);
                if (handler.isMap()) {
                    Handlers.errors(handler, Handlers.HOOK_KINDS, sleep).forEach(error -> context.report(error, "invalid"));
                }
            }
        }
    }
}
