package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.List;

/** The API server's warning: a spread constraint or affinity term without labelSelector matches no pod. */
@RuleId("null-label-selector")
final class NullLabelSelector implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        for (Node constraint : spec.get("topologySpreadConstraints").items()) {
            check(constraint, context);
        }
        for (String affinity : List.of("podAffinity", "podAntiAffinity")) {
            Node node = spec.at("affinity." + affinity);
            node.get("requiredDuringSchedulingIgnoredDuringExecution").items().forEach(term -> check(term, context));
            node.get("preferredDuringSchedulingIgnoredDuringExecution").items()
                    .forEach(term -> check(term.get("podAffinityTerm"), context));
        }
    }

    private static void check(Node term, RuleContext context) {
        if (term.isPresent() && !term.get("labelSelector").isPresent()) {
            context.report(term.get("labelSelector"), "null");
        }
    }
}
