package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.Map;

/** A controller's selector must select the pods its template creates. */
@RuleId("selector-mismatch")
final class SelectorMismatch implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node selectorNode = object.spec().get("selector");
        if (object.is(Kind.JOB) && !object.spec().get("manualSelector").asBoolean().orElse(false)) {
            return; // the API server generates the selector (see job-selector)
        }
        Node labelsNode = object.podTemplate().at("metadata.labels");
        FieldPath labelsPath = object.podTemplate().path().child("metadata").child("labels");
        Map<String, String> labels = object.podLabels();
        if (!selectorNode.isPresent()) {
            // A missing selector selects nothing. Deployments and ReplicaSets only report it as
            // required (selector-invalid); DaemonSets and StatefulSets also fail the match.
            if (object.is(Kind.DAEMON_SET) || object.is(Kind.STATEFUL_SET)) {
                context.finding(labelsNode, "no-selector", object.kindName()).path(labelsPath).report();
            }
            return;
        }
        LabelSelector selector = LabelSelector.of(selectorNode);
        if (!selector.isValid() || selector.matches(labels)) {
            return; // an invalid selector is reported by selector-invalid; the server skips the match
        }
        String unmet = selector.firstUnmet(labels).map(Object::toString).orElse(selector.toString());
        context.finding(labelsNode, "mismatch", labels.isEmpty() ? "no labels" : ApiError.render(labelsNode), unmet,
                        object.kindName())
                .path(labelsPath)
                .related(object, selectorNode, "the selector: " + selector)
                .report();
    }
}
