package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.value.LabelSelector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Two workloads in one namespace where one's selector selects the other's pods: both controllers
 * count those pods as theirs and scale against each other.
 */
@RuleId("selector-overlap")
final class SelectorOverlap implements SetRule {

    private static final Set<Kind> SELECTING = EnumSet.of(Kind.REPLICA_SET, Kind.DEPLOYMENT, Kind.STATEFUL_SET, Kind.DAEMON_SET);

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        List<KubeObject> workloads = objects.workloads().stream().filter(w -> !w.is(Kind.POD)).toList();
        for (KubeObject owner : workloads) {
            LabelSelector selector = selectorOf(owner);
            if (selector == null) {
                continue;
            }
            for (KubeObject other : workloads) {
                if (other != owner && !owner.sameIdentityAs(other) && owner.appliedTogetherWith(other)
                        && selector.matches(other.podLabels())) {
                    context.on(owner).finding(owner.spec().get("selector"), "overlap", selector, other.ref())
                            .related(other, other.podTemplate().at("metadata.labels"), "the pod labels of " + other.ref())
                            .report();
                }
            }
        }
    }

    /** The selector a controller claims pods with; null if it has none worth comparing. */
    static LabelSelector selectorOf(KubeObject owner) {
        boolean manualJob = owner.is(Kind.JOB) && owner.spec().get("manualSelector").asBoolean().orElse(false);
        if (!SELECTING.contains(owner.kind().orElse(null)) && !manualJob) {
            return null;
        }
        LabelSelector selector = LabelSelector.of(owner.spec().get("selector"));
        return selector.isAbsent() || !selector.isValid() || selector.isEmpty() ? null : selector;
    }
}
