package io.kwlint.rollout;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * How many pods of one template fit under the ResourceQuotas of the workload's namespace, in the
 * loaded set: the tightest of {@code pods}, {@code requests.cpu}/{@code cpu} and
 * {@code requests.memory}/{@code memory} divided by the pod's effective requests (exactly).
 * Quotas with scopes are skipped (whether they count these pods depends on the pods), and so are
 * resources the pod does not request; pods of other workloads only make it tighter.
 *
 * @param pods  the number of pods that fit
 * @param quota the ResourceQuota that sets it
 * @param hard  its {@code spec.hard} entry, for locations
 * @param limit "pods 4", "requests.cpu 2 (4 pods of 500m)"
 */
public record QuotaCapacity(long pods, KubeObject quota, Node hard, String limit) {

    private static final String[][] RESOURCES = {
        {"pods", null}, {"requests.cpu", "cpu"}, {"cpu", "cpu"}, {"requests.memory", "memory"}, {"memory", "memory"},
    };

    public static Optional<QuotaCapacity> of(KubeObject workload, Map<String, Quantity> perPod, ObjectSet objects) {
        QuotaCapacity tightest = null;
        for (KubeObject quota : objects.ofKind(Kind.RESOURCE_QUOTA, workload, ObjectSet.Scope.SAME_NAMESPACE)) {
            if (quota.spec().get("scopes").isPresent()
                    || quota.spec().get("scopeSelector").isPresent()) {
                continue;
            }
            for (String[] resource : RESOURCES) {
                Node hard = quota.spec().get("hard").get(resource[0]);
                Optional<Quantity> limit = Quantity.of(hard);
                if (!hard.isPresent() || limit.isEmpty()) {
                    continue;
                }
                QuotaCapacity capacity = capacity(quota, hard, resource, limit.get(), perPod);
                if (capacity != null && (tightest == null || capacity.pods < tightest.pods)) {
                    tightest = capacity;
                }
            }
        }
        return Optional.ofNullable(tightest);
    }

    private static QuotaCapacity capacity(KubeObject quota, Node hard, String[] resource, Quantity limit,
            Map<String, Quantity> perPod) {
        if (resource[1] == null) {
            long pods = limit.value().min(BigDecimal.valueOf(Long.MAX_VALUE)).setScale(0, RoundingMode.FLOOR).longValue();
            return new QuotaCapacity(Math.max(0, pods), quota, hard, "pods " + limit);
        }
        Quantity request = perPod.get(resource[1]);
        if (request == null || request.isZero()) {
            return null;
        }
        BigDecimal fit = limit.value().divide(request.value(), 0, RoundingMode.FLOOR);
        long pods = fit.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
        return new QuotaCapacity(Math.max(0, pods), quota, hard,
                resource[0] + " " + limit.toStringBeside(request) + " (" + Steps.pods((int) Math.min(pods, Integer.MAX_VALUE))
                        + " of " + request.toStringBeside(limit) + ")");
    }

    /** "ResourceQuota/compute (pods 4)" */
    public String describe() {
        return quota.ref() + " (" + limit + ")";
    }
}
