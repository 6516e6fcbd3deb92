package io.kwlint.model;

import io.kwlint.yaml.Node;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds kwlint understands, at the API version it models for each, and where each
 * workload keeps its pod template. This is the one place that knows those paths.
 */
public enum Kind {
    POD("Pod", "v1", ""),
    REPLICA_SET("ReplicaSet", "apps/v1", "spec.template"),
    DEPLOYMENT("Deployment", "apps/v1", "spec.template"),
    STATEFUL_SET("StatefulSet", "apps/v1", "spec.template"),
    DAEMON_SET("DaemonSet", "apps/v1", "spec.template"),
    JOB("Job", "batch/v1", "spec.template"),
    CRON_JOB("CronJob", "batch/v1", "spec.jobTemplate.spec.template"),
    SERVICE("Service", "v1", null),
    RESOURCE_QUOTA("ResourceQuota", "v1", null),
    LIMIT_RANGE("LimitRange", "v1", null);

    private final String kindName;
    private final String apiVersion;
    private final String podTemplatePath;

    Kind(String kindName, String apiVersion, String podTemplatePath) {
        this.kindName = kindName;
        this.apiVersion = apiVersion;
        this.podTemplatePath = podTemplatePath;
    }

    /** Every kind that runs pods. */
    public static final java.util.Set<Kind> WORKLOADS = java.util.EnumSet.of(POD, REPLICA_SET, DEPLOYMENT, STATEFUL_SET,
            DAEMON_SET, JOB, CRON_JOB);

    /** The kind with this name, whatever the API version. */
    public static Optional<Kind> named(String kindName) {
        return Arrays.stream(values()).filter(k -> k.kindName.equals(kindName)).findFirst();
    }

    public String kindName() {
        return kindName;
    }

    /** The API version whose defaults and validation kwlint models. */
    public String apiVersion() {
        return apiVersion;
    }

    /** Kinds that run pods. */
    public boolean isWorkload() {
        return podTemplatePath != null;
    }

    /** Workloads whose controller keeps pods matching {@code spec.selector}. */
    public boolean hasSelector() {
        return this == REPLICA_SET || this == DEPLOYMENT || this == STATEFUL_SET || this == DAEMON_SET || this == JOB;
    }

    /**
     * The pod template of an object of this kind: a node with {@code metadata} and {@code spec}.
     * For a Pod that is the object itself. Absent for kinds that run no pods.
     */
    public Node podTemplate(Node root) {
        if (podTemplatePath == null) {
            return root.get("(no pod template)");
        }
        return podTemplatePath.isEmpty() ? root : root.at(podTemplatePath);
    }

    /** The path of the pod spec as the API server prints it, e.g. {@code spec.template.spec}. */
    public String podSpecPath() {
        return podTemplatePath.isEmpty() ? "spec" : podTemplatePath + ".spec";
    }

    @Override
    public String toString() {
        return kindName;
    }
}
