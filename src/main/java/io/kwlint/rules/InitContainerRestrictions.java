package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/**
 * What init containers may not have: a restartPolicy other than Always; lifecycle hooks and
 * probes unless they are sidecars (restartPolicy Always); a resize policy. And regular
 * containers may not set restartPolicy where ContainerRestartRules is off.
 */
@RuleId("init-container-restrictions")
final class InitContainerRestrictions implements ObjectRule {

    private static final List<String> SIDECAR_ONLY = List.of("lifecycle", "livenessProbe", "readinessProbe", "startupProbe");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Node policy = container.node().get("restartPolicy");
            if (!container.init()) {
                if (policy.isPresent() && !context.enabled(Feature.CONTAINER_RESTART_RULES)) {
                    context.report(ApiError.forbidden(policy, "may not be set for non-init containers"),
                            "regular-restart-policy");
                }
                continue;
            }
            if (policy.isPresent() && !policy.is("Always")) {
                context.report(ApiError.unsupported(policy, List.of("Always")),
                        "init-restart-policy");
            }
            boolean sidecar = container.isSidecar(context.target());
            if (!sidecar) {
                for (String field : SIDECAR_ONLY) {
                    Node value = container.node().get(field);
                    if (value.isPresent()) {
                        context.report(ApiError.forbidden(value, "may not be set for init containers without restartPolicy=Always"), "sidecar-only");
                    }
                }
                Node resize = container.node().get("resizePolicy");
                if (resize.isPresent()) {
                    context.report(ApiError.invalid(resize, goResizePolicies(resize),
                            "must not be set for init containers"), "resize");
                }
            }
        }
    }

    /** The policies as Go's %#v prints them, the way the API server quotes the invalid value. */
    private static String goResizePolicies(Node list) {
        return list.items().stream().map(p -> "core.ContainerResizePolicy{ResourceName:"
                        + ApiError.quote(p.get("resourceName").asString().orElse("")) + ", RestartPolicy:"
                        + ApiError.quote(p.get("restartPolicy").asString().orElse("")) + "}")
                .collect(java.util.stream.Collectors.joining(", ", "[]core.ContainerResizePolicy{", "}"));
    }
}
