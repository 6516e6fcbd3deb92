package io.kwlint.rules;

import io.kwlint.model.PodResources;
import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;
import java.util.Optional;
import java.util.Set;

/**
 * Resource requests and limits: quantities that parse, are not negative, are whole where the
 * resource counts devices, under names the API server knows; hugepages need cpu or memory.
 */
@RuleId("resource-quantities")
final class ResourceQuantities implements ObjectRule {

    private static final Set<String> STANDARD = Set.of("cpu", "memory", "ephemeral-storage");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Node resources = container.node().get("resources");
            checkList(resources.get("requests"), context);
            checkList(resources.get("limits"), context);
            checkHugePages(resources, context);
        }
        Node podResources = object.podSpec().get("resources");
        checkList(podResources.get("requests"), context);
        checkList(podResources.get("limits"), context);
    }

    private static void checkList(Node list, RuleContext context) {
        if (!(list instanceof MapNode map)) {
            return;
        }
        for (MapNode.Entry entry : map.entries()) {
            Node value = entry.value();
            if (value.isDefaulted() || !value.isPresent()) {
                continue;
            }
            checkName(entry, context);
            Quantity.Reading reading = Quantity.read(value);
            Optional<Quantity> quantity = reading.value();
            if (quantity.isEmpty()) {
                boolean text = value instanceof ScalarNode scalar && (scalar.type() == ScalarType.STRING
                        || scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT);
                if (text && reading.problem() == Quantity.Problem.TOO_LARGE) {
                    context.report(value, "too-large", abbreviated(((ScalarNode) value).text()));
                } else if (text) {
                    context.report(value, "unparsable", abbreviated(((ScalarNode) value).text()), Quantity.PATTERN_TEXT);
                }
                continue;
            }
            if (quantity.get().isNegative()) {
                context.report(ApiError.invalid(value, ApiError.quote(quantity.get().toString()),
                        "must be greater than or equal to 0"), "invalid");
            } else if (!PodResources.overcommittable(entry.name()) && !entry.name().startsWith("hugepages-")
                    && !quantity.get().isInteger()) {
                context.report(ApiError.invalid(value, ApiError.quote(quantity.get().toString()),
                        "must be an integer"), "invalid");
            }
        }
    }

    /** A value as messages quote it: hostile ones can be megabytes long. */
    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Standard names, hugepages-<size>, or a domain-qualified extended resource. */
    private static void checkName(MapNode.Entry entry, RuleContext context) {
        String name = entry.name();
        Node at = entry.keyNode() != null ? entry.keyNode() : entry.value();
        if (STANDARD.contains(name) || name.startsWith("hugepages-")) {
            return;
        }
        if (!name.contains("/")) {
            context.report(ApiError.invalid(at, entry.value().path(), ApiError.quote(name),
                    "must be a standard resource for containers"), "invalid");
            return;
        }
        for (String message : KubeValidation.qualifiedName(name)) {
            context.report(ApiError.invalid(at, entry.value().path(), ApiError.quote(name), message), "invalid");
        }
    }

    private static void checkHugePages(Node resources, RuleContext context) {
        for (String list : new String[] {"requests", "limits"}) {
            if (!(resources.get(list) instanceof MapNode map)) {
                continue;
            }
            boolean hugePages = map.fieldNames().stream().anyMatch(n -> n.startsWith("hugepages-"));
            boolean cpuOrMemory = resources.at("requests.cpu").isPresent() || resources.at("requests.memory").isPresent()
                    || resources.at("limits.cpu").isPresent() || resources.at("limits.memory").isPresent();
            if (hugePages && !cpuOrMemory) {
                context.report(ApiError.forbidden(resources, "HugePages require cpu or memory"), "invalid");
                return;
            }
        }
    }
}
