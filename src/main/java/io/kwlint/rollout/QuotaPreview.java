package io.kwlint.rollout;

import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.PodResources;
import io.kwlint.model.Target;
import io.kwlint.value.Quantity;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The rollout preview of a workload that a ResourceQuota of the set applies to, with every pod
 * becoming ready: what the quota rules judge. Computed once per object and run, however many
 * rules ask.
 */
public final class QuotaPreview {

    private static final Object KEY = new Object();
    /** Rollouts do not depend on the clock; only CronJob runs would, and they have no quota preview. */
    private static final ZonedDateTime ANY_TIME = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private QuotaPreview() {
    }

    public static Optional<Preview> of(KubeObject object, Target target, ObjectSet objects) {
        return object.derived(KEY, () -> compute(object, target, objects));
    }

    private static Optional<Preview> compute(KubeObject object, Target target, ObjectSet objects) {
        Map<String, Quantity> perPod = PodResources.effectiveRequests(object.podSpec(), target);
        if (QuotaCapacity.of(object, perPod, objects).isEmpty()) {
            return Optional.empty();
        }
        SimulateOptions options = new SimulateOptions(target, Assumption.READY, SimulateOptions.DEFAULT_NODES, ANY_TIME, 1);
        return new Simulator(options, objects).preview(object)
                .filter(preview -> preview.quota() != null && preview.steps() != null && !preview.steps().steps().isEmpty());
    }
}
