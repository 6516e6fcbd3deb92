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
import java.util.Set;

/** Container names: required, DNS labels, unique across containers and init containers. */
@RuleId("container-name")
final class ContainerName implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        List<Container> containers = Container.of(object.podSpec());
        // The API server checks regular containers first, then init containers against them,
        // so a name used by both is reported on the init container.
        Set<String> seen = new HashSet<>();
        for (Container container : containers) {
            if (!container.init()) {
                check(container, seen, context);
            }
        }
        for (Container container : containers) {
            if (container.init()) {
                check(container, seen, context);
            }
        }
    }

    private static void check(Container container, Set<String> seen, RuleContext context) {
        Node name = container.node().get("name");
        if (name.isPresent() && name.asString().isEmpty()) {
            return; // not a string: the schema check reports the type
        }
        String value = name.asString().orElse("");
        if (value.isEmpty()) {
            context.report(ApiError.required(name, ""), "required");
            return;
        }
        for (String message : KubeValidation.dns1123Label(value)) {
            context.report(ApiError.invalid(name, ApiError.quote(value), message), "invalid");
        }
        if (!seen.add(value)) {
            context.report(new ApiError(name, name.path(), ApiError.Type.DUPLICATE, ApiError.quote(value), null), "duplicate");
        }
    }
}
