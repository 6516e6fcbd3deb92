package io.kwlint.rollout;

import io.kwlint.value.Quantity;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What kwlint previews for one workload: the steps of its rolling update (Deployment, StatefulSet,
 * DaemonSet), the waves of a Job, or the next runs of a CronJob (with the waves of each run), and
 * the peak of pods and requested resources next to the steady state.
 *
 * @param object     {@code Deployment/web} (with the namespace when it has one)
 * @param location   {@code file:line} of the object
 * @param strategy   e.g. {@code RollingUpdate}, {@code Recreate}, {@code OnDelete}, {@code waves}
 * @param parameters the resolved inputs, e.g. {@code ["replicas 10", "maxSurge 25% → 3", ...]}
 * @param steps      the steps, or null for a Job or CronJob
 * @param waves      the Job's waves (a CronJob: one run's), or null
 * @param runs       the CronJob's next runs, or null
 * @param peakPods   the most pods at once
 * @param steadyPods pods once the rollout is done (a Job: its first wave)
 * @param perPod     one pod's effective requests
 * @param quota      the tightest ResourceQuota of the namespace in the loaded set, or null
 * @param notes      what else the controllers do that a reader should know
 */
public record Preview(String object, String location, Assumption assumption, String strategy, List<String> parameters,
        Steps steps, JobWaves.Plan waves, List<ZonedDateTime> runs, int peakPods, int steadyPods,
        Map<String, Quantity> perPod, QuotaCapacity quota, List<String> notes) {

    public Preview {
        parameters = List.copyOf(parameters);
        runs = runs == null ? null : List.copyOf(runs);
        perPod = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perPod));
        notes = List.copyOf(notes);
    }

    /** The fewest available pods over the steps, or -1 when there are no steps. */
    public int minAvailable() {
        return steps == null ? -1 : steps.steps().stream().mapToInt(Step::available).min().orElse(-1);
    }

    /** Requested resources of {@code pods} pods, cpu and memory first. */
    public Map<String, Quantity> requests(int pods) {
        return io.kwlint.model.PodResources.times(perPod, pods);
    }
}
