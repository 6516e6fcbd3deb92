package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.podsecurity.NamespacePolicies;
import io.kwlint.podsecurity.PodSecurity;
import io.kwlint.podsecurity.Violation;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.yaml.Node;

/**
 * Pods that break the Pod Security level their namespace enforces: the admission controller
 * rejects such a Pod, and every pod a workload with such a template creates (the workload itself
 * is admitted, with a warning). The namespace's level comes from its labels in the set, or from the
 * cluster's defaults ({@code podSecurity} in .kwlint.yaml).
 */
@RuleId("pod-security-enforce")
final class PodSecurityEnforce implements SetRule {

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        NamespacePolicies namespaces = new NamespacePolicies(objects, context.target().podSecurity());
        if (!namespaces.anyPolicy()) {
            return;
        }
        for (KubeObject object : objects.all()) {
            if (!object.is(Kind.POD) && !object.isWorkload()) {
                continue;
            }
            NamespacePolicies.Policies policies = namespaces.of(object);
            PodSecurityPolicy enforce = policies.enforce();
            Node template = object.podTemplate();
            for (Violation violation : PodSecurity.evaluate(enforce, context.kubeVersion(), template.get("metadata"),
                    template.get("spec"))) {
                report(object, violation, policies, context.on(object));
            }
        }
    }

    private static void report(KubeObject object, Violation violation, NamespacePolicies.Policies policies,
            RuleContext context) {
        PodSecurityPolicy enforce = policies.enforce();
        String where = policies.fromCluster("enforce") ? "the cluster enforces it by default"
                : "namespace " + object.namespace() + " enforces it";
        RuleContext.FindingBuilder finding = object.is(Kind.POD)
                ? context.finding(violation.at(), "pod", object.name(), enforce, violation.text(), where)
                : context.finding(violation.at(), "workload", object.kindName(), enforce, violation.text(), where);
        policies.source("enforce").filter(node -> !policies.fromCluster("enforce"))
                .ifPresent(label -> finding.related(policies.namespace().orElseThrow(), label,
                        "the namespace's Pod Security level"));
        finding.report();
    }
}
