package io.kwlint.rules;

import io.kwlint.model.ControllerSelector;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.finding.ObjectRef;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.LabelSelector;
import java.util.List;

/**
 * A workload whose selector selects the pods of other workloads applied with it: both controllers
 * count those pods as theirs and scale against each other. One finding per selecting workload,
 * naming every workload it overlaps.
 */
@RuleId("selector-overlap")
final class SelectorOverlap implements ObjectRule {

    /** Names and related locations beyond these would only bury the finding. */
    private static final int MAX_NAMED = 5;
    private static final int MAX_RELATED = 10;


    @Override
    public void check(KubeObject owner, RuleContext context) {
        LabelSelector selector = ControllerSelector.of(owner);
        if (selector == null) {
            return;
        }
        List<KubeObject> others = context.objects()
                .podCreatorsMatching(owner, ObjectSet.Scope.APPLIED_TOGETHER, selector.requirements()).stream()
                .filter(other -> other.isWorkload() && !other.is(Kind.POD) && other != owner && !owner.sameIdentityAs(other))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        RuleContext.FindingBuilder finding = context.finding(owner.spec().get("selector"), "overlap", selector,
                ObjectRef.list(others.stream().map(KubeObject::ref).toList(), MAX_NAMED));
        for (KubeObject other : others.subList(0, Math.min(others.size(), MAX_RELATED))) {
            finding.related(other, other.podTemplate().at("metadata.labels"), "the pod labels of " + other.ref());
        }
        finding.report();
    }

    /** The selector a controller claims pods with; null if it has none worth comparing. */
}
