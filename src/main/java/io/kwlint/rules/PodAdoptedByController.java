package io.kwlint.rules;

import io.kwlint.model.ControllerSelector;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.value.LabelSelector;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bare Pod whose labels a controller's selector matches: the controller adopts it as one of its
 * replicas (and may delete it). Deployments are exempt: their ReplicaSets also select a
 * pod-template-hash label that a hand-written Pod does not have. Each controller asks the set for
 * the Pods its selector matches, so the cost follows the matches, not pods times controllers.
 */
@RuleId("pod-adopted-by-controller")
final class PodAdoptedByController implements SetRule {

    private static final Set<Kind> ADOPTING = EnumSet.of(Kind.REPLICA_SET, Kind.STATEFUL_SET, Kind.DAEMON_SET, Kind.JOB);

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        if (objects.ofKind(Kind.POD).isEmpty()) {
            return;
        }
        for (KubeObject controller : objects.workloads()) {
            if (!ADOPTING.contains(controller.kind().orElse(null))) {
                continue;
            }
            LabelSelector selector = ControllerSelector.of(controller);
            if (selector == null) {
                continue;
            }
            for (KubeObject pod : objects.podCreatorsMatching(controller, ObjectSet.Scope.APPLIED_TOGETHER,
                    selector.requirements())) {
                if (pod.is(Kind.POD) && !pod.metadata().get("ownerReferences").isPresent()
                        && adoptsByName(controller, pod)) {
                    context.on(pod).finding(pod.metadata().get("labels"), "adopted", controller.ref(), selector)
                            .related(controller, controller.spec().get("selector"), "the selector of " + controller.ref())
                            .report();
                }
            }
        }
    }

    /** A StatefulSet only adopts pods named like its own: {@code <name>-<ordinal>}. */
    private static boolean adoptsByName(KubeObject controller, KubeObject pod) {
        if (!controller.is(Kind.STATEFUL_SET)) {
            return true;
        }
        String name = pod.name();
        return name != null && controller.name() != null
                && name.matches(Pattern.quote(controller.name()) + "-[0-9]+");
    }
}
