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

    /** 0644, the mode of projected files when neither the volume nor the item sets one. */
    private static final int DEFAULT_FILE_MODE = 0644;

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
            podSpec(object.podSpec(), kind == Kind.POD);
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
        for (Node claim : map.get("volumeClaimTemplates").items()) {
            claimSpec(claim.get("spec"));
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
                if (target.enabled(Feature.MAX_UNAVAILABLE_STATEFUL_SET)) {
                    rolling.putDefault("maxUnavailable", ScalarNode.defaulted(1));
                }
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
        Node type = map.putDefault("type", ScalarNode.defaulted("ClusterIP"));
        Node affinity = map.putDefault("sessionAffinity", ScalarNode.defaulted("None"));
        if (affinity.is("ClientIP") && map.putDefault("sessionAffinityConfig", MapNode.defaulted()) instanceof MapNode config
                && config.putDefault("clientIP", MapNode.defaulted()) instanceof MapNode clientIp) {
            clientIp.putDefault("timeoutSeconds", ScalarNode.defaulted(10800));
        }
        boolean external = type.is("NodePort") || type.is("LoadBalancer");
        if (external) {
            map.putDefault("externalTrafficPolicy", ScalarNode.defaulted("Cluster"));
        }
        if (external || type.is("ClusterIP")) {
            map.putDefault("internalTrafficPolicy", ScalarNode.defaulted("Cluster"));
        }
        if (type.is("LoadBalancer")) {
            map.putDefault("allocateLoadBalancerNodePorts", ScalarNode.defaulted(true));
        }
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

    private void podSpec(Node spec, boolean isPod) {
        if (!(spec instanceof MapNode map)) {
            return;
        }
        map.putDefault("restartPolicy", ScalarNode.defaulted("Always"));
        map.putDefault("dnsPolicy", ScalarNode.defaulted("ClusterFirst"));
        map.putDefault("terminationGracePeriodSeconds", ScalarNode.defaulted(30));
        map.putDefault("schedulerName", ScalarNode.defaulted("default-scheduler"));
        map.putDefault("enableServiceLinks", ScalarNode.defaulted(true));
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            for (Node container : map.get(list).items()) {
                container(container);
            }
        }
        requestsFromLimits(map.get("resources"));
        for (Node volume : map.get("volumes").items()) {
            volume(volume);
        }
        // Pods only (SetDefaults_Pod): with the host's network every container port is a host port.
        if (isPod && map.get("hostNetwork").asBoolean().orElse(false)) {
            for (String list : List.of("initContainers", "containers")) {
                for (Node container : map.get(list).items()) {
                    for (Node port : container.get("ports").items()) {
                        if (port instanceof MapNode portMap && portMap.get("containerPort") instanceof ScalarNode number
                                && number.asLong().isPresent()) {
                            portMap.putDefaultIfZero("hostPort", ScalarNode.defaultedCopyOf(number));
                        }
                    }
                }
            }
        }
    }

    /**
     * SetDefaults_Volume: a volume that names no source is an emptyDir (the sources are pointers,
     * so a source written as null counts as none). Then each source's own defaults.
     */
    private static void volume(Node volume) {
        if (!(volume instanceof MapNode map)) {
            return;
        }
        if (VolumeTypes.NAMES.stream().noneMatch(name -> map.get(name).isPresent())) {
            map.putDefault("emptyDir", MapNode.defaulted());
        }
        for (String source : List.of("secret", "configMap", "downwardAPI", "projected")) {
            if (map.get(source) instanceof MapNode sourceMap) {
                sourceMap.putDefault("defaultMode", ScalarNode.defaulted(DEFAULT_FILE_MODE));
            }
        }
        if (map.get("image") instanceof MapNode image) {
            image.get("reference").asString().ifPresent(reference ->
                    image.putDefault("pullPolicy", ScalarNode.defaulted(pullsAlways(reference) ? "Always" : "IfNotPresent")));
        }
        if (map.get("hostPath") instanceof MapNode hostPath) {
            hostPath.putDefault("type", ScalarNode.defaulted(""));
        }
        if (map.get("iscsi") instanceof MapNode iscsi) {
            iscsi.putDefault("iscsiInterface", ScalarNode.defaulted("default"));
        }
        if (map.get("azureDisk") instanceof MapNode azureDisk) {
            azureDisk.putDefault("cachingMode", ScalarNode.defaulted("ReadWrite"));
            azureDisk.putDefault("kind", ScalarNode.defaulted("Shared"));
            azureDisk.putDefault("fsType", ScalarNode.defaulted("ext4"));
            azureDisk.putDefault("readOnly", ScalarNode.defaulted(false));
        }
        if (map.get("scaleIO") instanceof MapNode scaleIo) {
            scaleIo.putDefault("storageMode", ScalarNode.defaulted("ThinProvisioned"));
            scaleIo.putDefault("fsType", ScalarNode.defaulted("xfs"));
        }
        for (Node item : map.at("downwardAPI.items").items()) {
            fieldSelector(item.get("fieldRef"));
        }
        for (Node source : map.at("projected.sources").items()) {
            for (Node item : source.at("downwardAPI.items").items()) {
                fieldSelector(item.get("fieldRef"));
            }
            if (source.get("serviceAccountToken") instanceof MapNode token) {
                token.putDefault("expirationSeconds", ScalarNode.defaulted(3600));
            }
        }
        claimSpec(map.at("ephemeral.volumeClaimTemplate.spec"));
    }

    /** SetDefaults_PersistentVolumeClaimSpec. */
    private static void claimSpec(Node spec) {
        if (spec instanceof MapNode map) {
            map.putDefault("volumeMode", ScalarNode.defaulted("Filesystem"));
        }
    }

    /** SetDefaults_ObjectFieldSelector. */
    private static void fieldSelector(Node selector) {
        if (selector instanceof MapNode map) {
            map.putDefault("apiVersion", ScalarNode.defaulted("v1"));
        }
    }

    /** SetDefaults_HTTPGetAction, for probes and lifecycle hooks alike. */
    private static void handler(Node handler) {
        if (handler.get("httpGet") instanceof MapNode httpGet) {
            httpGet.putDefault("path", ScalarNode.defaulted("/"));
            httpGet.putDefault("scheme", ScalarNode.defaulted("HTTP"));
        }
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
        for (Node env : map.get("env").items()) {
            fieldSelector(env.at("valueFrom.fieldRef"));
        }
        handler(map.at("lifecycle.postStart"));
        handler(map.at("lifecycle.preStop"));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            handler(map.get(probe));
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
