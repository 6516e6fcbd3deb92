package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** Opt-in hardening beyond the Pod Security Standards: every container's root filesystem read-only. */
@RuleId("read-only-root-filesystem")
final class ReadOnlyRootFilesystem implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        if (spec.at("os.name").is("windows")) {
            return; // the API server forbids readOnlyRootFilesystem on Windows pods
        }
        for (Container container : Container.of(spec)) {
            Node readOnly = container.node().at("securityContext.readOnlyRootFilesystem");
            if (readOnly.asBoolean().orElse(false)) {
                continue;
            }
            Node at = readOnly.isPresent() ? readOnly : container.node().get("name");
            context.report(at.isPresent() ? at : container.node(), readOnly.isPresent() ? "false" : "unset",
                    container.displayName());
        }
    }
}
