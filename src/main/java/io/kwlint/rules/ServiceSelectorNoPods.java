package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.Node;
import java.util.EnumSet;
import java.util.Set;

/** A Service whose selector matches the pods of no workload among the manifests checked with it. */
@RuleId("service-selector-no-pods")
final class ServiceSelectorNoPods implements ObjectRule {

    @Override
    public Set<Kind> kinds() {
        return EnumSet.of(Kind.SERVICE);
    }

    @Override
    public void check(KubeObject service, RuleContext context) {
        Node spec = service.spec();
        Node selectorNode = spec.get("selector");
        if (spec.get("type").is("ExternalName") || !selectorNode.isPresent()) {
            return; // no selector: endpoints are managed by hand or by another controller
        }
        LabelSelector selector = LabelSelector.ofMap(selectorNode);
        if (selector.requirements().isEmpty() || !selector.isValid()) {
            return;
        }
        boolean selectsSomething = context.objects().workloads().stream()
                .anyMatch(w -> w.mayShareNamespaceWith(service) && selector.matches(w.podLabels()));
        if (!selectsSomething) {
            context.report(selectorNode, "no-pods", selector);
        }
    }
}
