package io.kwlint.rules;

import io.kwlint.model.ControllerLabels;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.Map;

/**
 * A Service whose selector matches the pods of no workload among the manifests checked with it.
 * Labels that controllers add to their pods (a StatefulSet pod's name, a Job's name) count as
 * present; where a custom resource in the same namespace may have an operator create the pods,
 * nothing is reported.
 */
@RuleId("service-selector-no-pods")
final class ServiceSelectorNoPods implements ObjectRule {

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
        // Labels its controller adds need not be in the template: look the others up.
        List<LabelSelector.Requirement> written = selector.requirements().stream()
                .filter(r -> !ControllerLabels.isAdded(r.key())).toList();
        ObjectSet objects = context.objects();
        boolean selectsSomething = objects.podCreatorsMatching(service, ObjectSet.Scope.MAY_SHARE_NAMESPACE, written)
                .stream().anyMatch(o -> matchesPodsOf(selector, o.podLabelsOfAnyPodCreator().orElseThrow()));
        boolean operatorMayCreatePods = objects.anyCustomResource(service, ObjectSet.Scope.MAY_SHARE_NAMESPACE);
        if (!selectsSomething && !operatorMayCreatePods) {
            context.report(selectorNode, "no-pods", selector);
        }
    }

    /** The template's labels must match, except labels its controller adds to each pod. */
    private static boolean matchesPodsOf(LabelSelector selector, Map<String, String> labels) {
        return selector.requirements().stream()
                .allMatch(r -> r.matches(labels) || ControllerLabels.isAdded(r.key()) && !labels.containsKey(r.key()));
    }
}
