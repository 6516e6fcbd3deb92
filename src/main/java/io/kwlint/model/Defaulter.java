package io.kwlint.model;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import java.util.List;

/**
 * Applies the defaults the API server fills in before it validates (the {@code SetDefaults_*}
 * functions of apps/v1, batch/v1 and core/v1), so that rules see what the server sees. Defaulted
 * nodes are marked and point at the place they would be written.
 *
 * <p>Only what is written is defaulted below: a missing {@code spec} stays missing (the object
 * fails validation for that), but a missing {@code spec.strategy} becomes the default strategy,
 * as on the server.
 */
public final class Defaulter {

    private final Target target;

    public Defaulter(Target target) {
        this.target = target;
    }

    public void apply(KubeObject object) {
        Kind kind = object.kind().orElse(null);
        if (kind == null) {
            return;
        }
        Node spec = object.spec();
        switch (kind) {
            case DEPLOYMENT -> deployment(spec);
            case REPLICA_SET -> replicas(spec);
            case STATEFUL_SET -> statefulSet(spec);
            case DAEMON_SET -> daemonSet(spec);
            case JOB -> job(spec);
            case CRON_JOB -> cronJob(spec);
            case SERVICE -> service(spec);
            default -> {
                // Pods are defaulted below; quotas and limit ranges have no defaults rules read.
            }
        }
        if (kind.isWorkload()) {
            podSpec(object.podSpec());
        }
    }

    private void deployment(Node spec) {
        replicas(spec);
        if (!(spec instanceof MapNode map)) {
            return;
        }
        Node strategy = map.putDefault("strategy", MapNode.defaulted());
        if (strategy instanceof MapNode strategyMap) {
            strategyMap.putDefault("type", ScalarNode.defaulted("RollingUpdate"));
            if (strategyMap.get("type").is("RollingUpdate")
                    && strategyMap.putDefault("rollingUpdate", MapNode.defaulted()) instanceof MapNode rolling) {
                rolling.putDefault("maxUnavailable", ScalarNode.defaulted("25%"));
                rolling.putDefault("maxSurge", ScalarNode.defaulted("25%"));
            }
        }
        map.putDefault("revisionHistoryLimit", ScalarNode.defaulted(10));
        map.putDefault("progressDeadlineSeconds", ScalarNode.defaulted(600));
    }

    private void statefulSet(Node spec) {
        replicas(spec);
        if (!(spec instanceof MapNode map)) {
            return;
        }
        map.putDefault("podManagementPolicy", ScalarNode.defaulted("OrderedReady"));
        Node strategy = map.putDefault("updateStrategy", MapNode.defaulted());
        if (strategy instanceof MapNode strategyMap) {
            // The server adds an empty rollingUpdate only when it also had to default the type.
            if (!strategyMap.has("type")) {
                strategyMap.putDefault("type", ScalarNode.defaulted("RollingUpdate"));
                strategyMap.putDefault("rollingUpdate", MapNode.defaulted());
            }
            if (strategyMap.get("type").is("RollingUpdate") && strategyMap.get("rollingUpdate") instanceof MapNode rolling) {
                rolling.putDefault("partition", ScalarNode.defaulted(0));
            }
        }
        if (target.enabled(Feature.STATEFUL_SET_AUTO_DELETE_PVC)
                && map.putDefault("persistentVolumeClaimRetentionPolicy", MapNode.defaulted()) instanceof MapNode retention) {
            retention.putDefault("whenDeleted", ScalarNode.defaulted("Retain"));
            retention.putDefault("whenScaled", ScalarNode.defaulted("Retain"));
        }
        map.putDefault("revisionHistoryLimit", ScalarNode.defaulted(10));
    }

    private void daemonSet(Node spec) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        Node strategy = map.putDefault("updateStrategy", MapNode.defaulted());
        if (strategy instanceof MapNode strategyMap) {
            strategyMap.putDefault("type", ScalarNode.defaulted("RollingUpdate"));
            if (strategyMap.get("type").is("RollingUpdate")
                    && strategyMap.putDefault("rollingUpdate", MapNode.defaulted()) instanceof MapNode rolling) {
                rolling.putDefault("maxUnavailable", ScalarNode.defaulted(1));
                // maxSurge exists (and is defaulted) only where the DaemonSetUpdateSurge gate is on.
                if (target.enabled(Feature.DAEMON_SET_UPDATE_SURGE)) {
                    rolling.putDefault("maxSurge", ScalarNode.defaulted(0));
                }
            }
        }
        map.putDefault("revisionHistoryLimit", ScalarNode.defaulted(10));
    }

    private void job(Node spec) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        if (!map.has("completions") && !map.has("parallelism")) {
            map.putDefault("completions", ScalarNode.defaulted(1));
        }
        map.putDefault("parallelism", ScalarNode.defaulted(1));
        boolean perIndex = map.has("backoffLimitPerIndex") && target.enabled(Feature.JOB_BACKOFF_LIMIT_PER_INDEX);
        map.putDefault("backoffLimit", ScalarNode.defaulted(perIndex ? Integer.MAX_VALUE : 6));
        map.putDefault("completionMode", ScalarNode.defaulted("NonIndexed"));
        map.putDefault("suspend", ScalarNode.defaulted(false));
        if (target.enabled(Feature.JOB_POD_REPLACEMENT_POLICY)) {
            boolean failurePolicy = map.has("podFailurePolicy") && target.enabled(Feature.JOB_POD_FAILURE_POLICY);
            map.putDefault("podReplacementPolicy", ScalarNode.defaulted(failurePolicy ? "Failed" : "TerminatingOrFailed"));
        }
        map.putDefault("manualSelector", ScalarNode.defaulted(false));
        for (Node rule : map.at("podFailurePolicy.rules").items()) {
            for (Node condition : rule.get("onPodConditions").items()) {
                if (condition instanceof MapNode conditionMap) {
                    conditionMap.putDefault("status", ScalarNode.defaulted("True"));
                }
            }
        }
    }

    private void cronJob(Node spec) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        map.putDefault("concurrencyPolicy", ScalarNode.defaulted("Allow"));
        map.putDefault("suspend", ScalarNode.defaulted(false));
        map.putDefault("successfulJobsHistoryLimit", ScalarNode.defaulted(3));
        map.putDefault("failedJobsHistoryLimit", ScalarNode.defaulted(1));
        // The Jobs it creates are defaulted like any Job.
        job(spec.at("jobTemplate.spec"));
    }

    private void service(Node spec) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        map.putDefault("type", ScalarNode.defaulted("ClusterIP"));
        map.putDefault("sessionAffinity", ScalarNode.defaulted("None"));
        for (Node port : map.get("ports").items()) {
            if (port instanceof MapNode portMap) {
                portMap.putDefault("protocol", ScalarNode.defaulted("TCP"));
                if (portMap.get("port") instanceof ScalarNode number && number.isPresent()) {
                    portMap.putDefault("targetPort", ScalarNode.defaultedCopyOf(number));
                }
            }
        }
    }

    private static void replicas(Node spec) {
        if (spec instanceof MapNode map) {
            map.putDefault("replicas", ScalarNode.defaulted(1));
        }
    }

    private void podSpec(Node spec) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        map.putDefault("restartPolicy", ScalarNode.defaulted("Always"));
        map.putDefault("dnsPolicy", ScalarNode.defaulted("ClusterFirst"));
        map.putDefault("terminationGracePeriodSeconds", ScalarNode.defaulted(30));
        map.putDefault("schedulerName", ScalarNode.defaulted("default-scheduler"));
        map.putDefault("enableServiceLinks", ScalarNode.defaulted(true));
        for (String list : List.of("initContainers", "containers")) {
            for (Node container : map.get(list).items()) {
                container(container);
            }
        }
        requestsFromLimits(map.get("resources"));
    }

    private void container(Node container) {
        if (!(container instanceof MapNode map)) {
            return;
        }
        map.get("image").asString().ifPresent(image ->
                map.putDefault("imagePullPolicy", ScalarNode.defaulted(pullsAlways(image) ? "Always" : "IfNotPresent")));
        map.putDefault("terminationMessagePath", ScalarNode.defaulted("/dev/termination-log"));
        map.putDefault("terminationMessagePolicy", ScalarNode.defaulted("File"));
        for (Node port : map.get("ports").items()) {
            if (port instanceof MapNode portMap) {
                portMap.putDefault("protocol", ScalarNode.defaulted("TCP"));
            }
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (map.get(probe) instanceof MapNode probeMap) {
                // Plain (non-pointer) Go ints: 0 means unset, so 0 is defaulted too.
                probeMap.putDefaultIfZero("timeoutSeconds", ScalarNode.defaulted(1));
                probeMap.putDefaultIfZero("periodSeconds", ScalarNode.defaulted(10));
                probeMap.putDefaultIfZero("successThreshold", ScalarNode.defaulted(1));
                probeMap.putDefaultIfZero("failureThreshold", ScalarNode.defaulted(3));
            }
        }
        requestsFromLimits(map.get("resources"));
    }

    /**
     * A pod whose container (or pod-level resources) sets a limit without a request gets a
     * request equal to the limit. The server does this on Pods, so the pods a template creates
     * get it too; for validation it changes nothing (equal values never exceed each other).
     */
    private static void requestsFromLimits(Node resources) {
        if (!(resources instanceof MapNode map) || !(map.get("limits") instanceof MapNode limits) || limits.size() == 0) {
            return;
        }
        if (map.putDefault("requests", MapNode.defaulted()) instanceof MapNode requests) {
            for (MapNode.Entry limit : limits.entries()) {
                if (limit.value() instanceof ScalarNode value && value.isPresent()) {
                    requests.putDefault(limit.name(), ScalarNode.defaultedCopyOf(value));
                }
            }
        }
    }

    /** kubelet's rule: no tag or the tag {@code latest} (and no digest) means pull Always. */
    static boolean pullsAlways(String image) {
        if (image.contains("@")) {
            return false;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return true;
        }
        return image.substring(colon + 1).equals("latest");
    }
}
