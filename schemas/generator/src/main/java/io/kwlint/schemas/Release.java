package io.kwlint.schemas;

import io.kwlint.model.KubeVersion;
import java.util.List;

/**
 * A Kubernetes minor and the io.kubernetes:client-java-api release generated from its API. The
 * pairs were established from the models themselves (fields that appeared in each minor: Job
 * managedBy in 1.30, ImageVolumeSource in 1.31, pod-level resources in 1.32, Lifecycle stopSignal
 * in 1.33, container restartPolicyRules in 1.34, PodSpec workloadRef in 1.35, PodSpec
 * schedulingGroup in 1.36, a minor kwlint does not
 * describe yet). The Java client skipped 1.29.
 */
record Release(KubeVersion kube, String clientJava) {

    static final List<Release> ALL = List.of(
            new Release(KubeVersion.of(28), "20.0.0"),
            new Release(KubeVersion.of(30), "21.0.0"),
            new Release(KubeVersion.of(31), "22.0.0"),
            new Release(KubeVersion.of(32), "23.0.0"),
            new Release(KubeVersion.of(33), "24.0.0"),
            new Release(KubeVersion.of(34), "25.0.0"),
            new Release(KubeVersion.of(35), "26.0.0"));

    String jarName() {
        return "client-java-api-" + clientJava + ".jar";
    }
}
