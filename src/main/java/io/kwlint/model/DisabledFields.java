package io.kwlint.model;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the fields whose feature gate is off in the target cluster, as the API server's
 * {@code dropDisabledFields} does before it validates: such fields are accepted and silently
 * ignored. What was written and dropped is kept on the object so that a rule can say so.
 *
 * <p>Fields of gates that do not exist yet in the target release are left alone: the server does
 * not know them at all, which schema validation reports as unknown fields.
 */
public final class DisabledFields {

    /** A written field the target cluster drops. */
    public record Dropped(Node node, Feature feature) {
    }

    private final Target target;

    public DisabledFields(Target target) {
        this.target = target;
    }

    /** Drops the object's disabled fields and records the written ones on it. */
    public void apply(KubeObject object) {
        List<Dropped> all = collect(object);
        for (Dropped field : all) {
            if (field.node().parent() instanceof MapNode parent) {
                field.node().fieldName().ifPresent(parent::remove);
            }
        }
        object.setDroppedFields(all.stream().filter(DisabledFields::written).toList());
    }

    /**
     * The written fields the target will drop, without dropping them: schema validation runs
     * first and must not hold a dropped field to its own requirements.
     */
    public List<Dropped> find(KubeObject object) {
        return collect(object).stream().filter(DisabledFields::written).toList();
    }

    private static boolean written(Dropped field) {
        return field.node().isPresent() && !field.node().isDefaulted();
    }

    /** Every field to drop, written or not (a null or a defaulted value goes too). */
    private List<Dropped> collect(KubeObject object) {
        List<Dropped> dropped = new ArrayList<>();
        Kind kind = object.kind().orElse(null);
        if (kind == null) {
            return dropped;
        }
        Node spec = object.spec();
        switch (kind) {
            case DAEMON_SET -> drop(spec.at("updateStrategy.rollingUpdate"), "maxSurge", Feature.DAEMON_SET_UPDATE_SURGE, dropped);
            case STATEFUL_SET -> {
                drop(spec, "minReadySeconds", Feature.STATEFUL_SET_MIN_READY_SECONDS, dropped);
                drop(spec.at("updateStrategy.rollingUpdate"), "maxUnavailable", Feature.MAX_UNAVAILABLE_STATEFUL_SET, dropped);
                drop(spec, "persistentVolumeClaimRetentionPolicy", Feature.STATEFUL_SET_AUTO_DELETE_PVC, dropped);
                drop(spec, "ordinals", Feature.STATEFUL_SET_START_ORDINAL, dropped);
            }
            case JOB -> jobSpec(spec, dropped);
            case CRON_JOB -> {
                drop(spec, "timeZone", Feature.CRON_JOB_TIME_ZONE, dropped);
                jobSpec(spec.at("jobTemplate.spec"), dropped);
            }
            default -> {
            }
        }
        if (kind.isWorkload()) {
            podSpec(object.podSpec(), dropped);
        }
        return dropped;
    }

    private void jobSpec(Node spec, List<Dropped> dropped) {
        drop(spec, "podFailurePolicy", Feature.JOB_POD_FAILURE_POLICY, dropped);
        drop(spec, "backoffLimitPerIndex", Feature.JOB_BACKOFF_LIMIT_PER_INDEX, dropped);
        drop(spec, "maxFailedIndexes", Feature.JOB_BACKOFF_LIMIT_PER_INDEX, dropped);
        drop(spec, "podReplacementPolicy", Feature.JOB_POD_REPLACEMENT_POLICY, dropped);
        drop(spec, "successPolicy", Feature.JOB_SUCCESS_POLICY, dropped);
        drop(spec, "managedBy", Feature.JOB_MANAGED_BY, dropped);
    }

    private void podSpec(Node podSpec, List<Dropped> dropped) {
        drop(podSpec, "resources", Feature.POD_LEVEL_RESOURCES, dropped);
        for (Node init : podSpec.get("initContainers").items()) {
            drop(init, "restartPolicy", Feature.SIDECAR_CONTAINERS, dropped);
        }
        for (Node container : podSpec.get("containers").items()) {
            drop(container, "restartPolicyRules", Feature.CONTAINER_RESTART_RULES, dropped);
        }
        for (Node init : podSpec.get("initContainers").items()) {
            drop(init, "restartPolicyRules", Feature.CONTAINER_RESTART_RULES, dropped);
        }
    }

    private void drop(Node parent, String field, Feature feature, List<Dropped> dropped) {
        if (!(parent instanceof MapNode map) || !feature.existsIn(target.version()) || target.enabled(feature)) {
            return;
        }
        map.entry(field).ifPresent(entry -> dropped.add(new Dropped(entry.value(), feature)));
    }
}
