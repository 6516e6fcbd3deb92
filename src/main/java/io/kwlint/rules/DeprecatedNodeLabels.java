package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.Map;

/** The API server's warning for scheduling on deprecated node labels. */
@RuleId("deprecated-node-labels")
final class DeprecatedNodeLabels implements ObjectRule {

    /** Deprecated label, its replacement, and the release that deprecated it. */
    private static final Map<String, String[]> DEPRECATED = Map.of(
            "beta.kubernetes.io/arch", new String[] {"kubernetes.io/arch", "1.14"},
            "beta.kubernetes.io/os", new String[] {"kubernetes.io/os", "1.14"},
            "failure-domain.beta.kubernetes.io/region", new String[] {"topology.kubernetes.io/region", "1.17"},
            "failure-domain.beta.kubernetes.io/zone", new String[] {"topology.kubernetes.io/zone", "1.17"},
            "beta.kubernetes.io/instance-type", new String[] {"node.kubernetes.io/instance-type", "1.17"});


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        if (spec.get("nodeSelector") instanceof MapNode selector) {
            for (MapNode.Entry entry : selector.entries()) {
                check(entry.name(), entry.keyNode() != null ? entry.keyNode() : entry.value(), context);
            }
        }
        Node nodeAffinity = spec.at("affinity.nodeAffinity");
        for (Node term : nodeAffinity.at("requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms").items()) {
            expressions(term, context);
        }
        for (Node preferred : nodeAffinity.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
            expressions(preferred.get("preference"), context);
        }
        for (Node constraint : spec.get("topologySpreadConstraints").items()) {
            topologyKey(constraint.get("topologyKey"), context);
        }
        for (String affinity : List.of("podAffinity", "podAntiAffinity")) {
            Node node = spec.at("affinity." + affinity);
            node.get("requiredDuringSchedulingIgnoredDuringExecution").items()
                    .forEach(term -> topologyKey(term.get("topologyKey"), context));
            node.get("preferredDuringSchedulingIgnoredDuringExecution").items()
                    .forEach(term -> topologyKey(term.at("podAffinityTerm.topologyKey"), context));
        }
    }

    private static void expressions(Node term, RuleContext context) {
        for (Node expression : term.get("matchExpressions").items()) {
            topologyKey(expression.get("key"), context);
        }
    }

    private static void topologyKey(Node key, RuleContext context) {
        key.asString().ifPresent(k -> check(k, key, context));
    }

    private static void check(String label, Node at, RuleContext context) {
        String[] replacement = DEPRECATED.get(label);
        if (replacement != null) {
            context.report(at, "deprecated", label, replacement[1], replacement[0]);
        }
    }
}
