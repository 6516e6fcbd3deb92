package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.podsecurity.NamespacePolicies;
import io.kwlint.podsecurity.PodSecurity;
import io.kwlint.podsecurity.Violation;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pods that break the Pod Security level their namespace warns or audits at: the API server
 * answers with a warning, or records the violation in its audit log. As upstream, a Pod the enforce
 * level rejects gets no warning, and what pod-security-enforce reports is not said twice.
 */
@RuleId("pod-security-warn")
final class PodSecurityWarn implements SetRule {

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        NamespacePolicies namespaces = new NamespacePolicies(objects, context.target().podSecurity());
        if (!namespaces.anyPolicy()) {
            return;
        }
        KubeVersion version = context.kubeVersion();
        for (KubeObject object : objects.all()) {
            if (!object.is(Kind.POD) && !object.isWorkload()) {
                continue;
            }
            NamespacePolicies.Policies policies = namespaces.of(object);
            Node template = object.podTemplate();
            List<Violation> enforced = evaluate(policies.enforce(), version, template);
            if (object.is(Kind.POD) && !enforced.isEmpty()) {
                continue; // rejected: the API server adds no warnings to an error
            }
            Set<String> said = new HashSet<>();
            enforced.forEach(v -> said.add(v.text()));
            for (Violation violation : evaluate(policies.warn(), version, template)) {
                if (said.add(violation.text())) {
                    report(object, violation, policies, "warn", context);
                }
            }
            for (Violation violation : evaluate(policies.audit(), version, template)) {
                if (said.add(violation.text())) {
                    report(object, violation, policies, "audit", context);
                }
            }
        }
    }

    private static List<Violation> evaluate(PodSecurityPolicy policy, KubeVersion version, Node template) {
        return PodSecurity.evaluate(policy, version, template.get("metadata"), template.get("spec"));
    }

    private static void report(KubeObject object, Violation violation, NamespacePolicies.Policies policies, String mode,
            SetContext context) {
        PodSecurityPolicy policy = mode.equals("warn") ? policies.warn() : policies.audit();
        String where = policies.fromCluster(mode) ? "the cluster's default " + mode + " level"
                : "namespace " + object.namespace();
        var finding = context.on(object).finding(violation.at(), mode, policy, violation.text(), where);
        policies.source(mode).filter(node -> !policies.fromCluster(mode))
                .ifPresent(label -> finding.related(policies.namespace().orElseThrow(), label,
                        "the namespace's Pod Security " + mode + " level"));
        finding.report();
    }
}
