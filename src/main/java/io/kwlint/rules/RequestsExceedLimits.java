package io.kwlint.rules;

import io.kwlint.model.PodResources;
import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * A request may not exceed its limit; resources that cannot be overcommitted (extended
 * resources such as GPUs, hugepages) need a limit equal to the request.
 */
@RuleId("requests-exceed-limits")
final class RequestsExceedLimits implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            checkResources(container.node().get("resources"), context);
        }
        if (context.enabled(Feature.POD_LEVEL_RESOURCES)) {
            checkResources(object.podSpec().get("resources"), context);
        }
    }

    private static void checkResources(Node resources, RuleContext context) {
        if (!(resources.get("requests") instanceof MapNode requests)) {
            return;
        }
        Node limits = resources.get("limits");
        for (MapNode.Entry entry : requests.entries()) {
            String resource = entry.name();
            Optional<Quantity> request = Quantity.of(entry.value());
            if (request.isEmpty() || entry.value().isDefaulted()) {
                continue; // unparsable quantities are reported by the schema check; copies of limits are equal
            }
            Node limitNode = limits.get(resource);
            Optional<Quantity> limit = Quantity.of(limitNode);
            boolean overcommittable = PodResources.overcommittable(resource);
            if (limit.isEmpty()) {
                if (!overcommittable && !limitNode.isPresent()) {
                    context.finding(entry.value(), "limit-required", resource, request.get())
                            .path(resources.path().child("limits")).report();
                }
                continue;
            }
            if (!overcommittable && request.get().compareTo(limit.get()) != 0) {
                context.finding(entry.value(), "not-equal", resource, request.get(), limit.get())
                        .path(requests.path()).related(context.object(), limitNode, "the limit").report();
            } else if (request.get().compareTo(limit.get()) > 0) {
                context.finding(entry.value(), "exceeds", resource, request.get(), limit.get())
                        .path(requests.path()).related(context.object(), limitNode, "the limit").report();
            }
        }
    }
}
