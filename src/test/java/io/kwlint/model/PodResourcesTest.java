package io.kwlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** The scheduler's effective pod request (component-helpers PodRequests). */
class PodResourcesTest {

    private static String requests(String podSpecYaml, KubeVersion version) {
        Node spec = new YamlReader(YamlLimits.DEFAULT).read(podSpecYaml).documents().get(0).root();
        return PodResources.describe(PodResources.effectiveRequests(spec, Target.of(version)));
    }

    private static String requests(String podSpecYaml) {
        return requests(podSpecYaml, KubeVersion.DEFAULT);
    }

    @Test
    void regularContainersAddUp() {
        assertThat(requests("""
                containers:
                  - resources: {requests: {cpu: 100m, memory: 64Mi}}
                  - resources: {requests: {cpu: 250m, memory: 1Gi, nvidia.com/gpu: 1}}
                """)).isEqualTo("cpu 350m, memory 1088Mi, nvidia.com/gpu 1");
    }

    @Test
    void aPlainInitContainerRunsAloneAndThePodNeedsTheLargerPhase() {
        assertThat(requests("""
                initContainers:
                  - resources: {requests: {cpu: "2", memory: 64Mi}}
                containers:
                  - resources: {requests: {cpu: 500m, memory: 256Mi}}
                """)).isEqualTo("cpu 2, memory 256Mi");
    }

    @Test
    void sidecarsRunAlongsideTheAppAndTheInitContainersAfterThem() {
        // sidecar 100m, then init 500m runs beside it (600m), then the app 250m beside the sidecar (350m)
        assertThat(requests("""
                initContainers:
                  - name: early-init
                    resources: {requests: {cpu: 700m}}
                  - name: proxy
                    restartPolicy: Always
                    resources: {requests: {cpu: 100m}}
                  - name: migrate
                    resources: {requests: {cpu: 500m}}
                containers:
                  - resources: {requests: {cpu: 250m}}
                """)).isEqualTo("cpu 700m");
        // The init container before the sidecar does not run beside it: max(700m, 600m, 350m).
    }

    @Test
    void beforeSidecarsExistedRestartPolicyIsDroppedAndTheyAreInitContainers() {
        String spec = """
                initContainers:
                  - restartPolicy: Always
                    resources: {requests: {cpu: 100m}}
                containers:
                  - resources: {requests: {cpu: 250m}}
                """;
        assertThat(requests(spec, KubeVersion.of(28))).isEqualTo("cpu 250m");
        assertThat(requests(spec, KubeVersion.of(29))).isEqualTo("cpu 350m");
    }

    @Test
    void podLevelRequestsReplaceTheSumFrom134AndOverheadAdds() {
        String spec = """
                resources: {requests: {cpu: "1"}}
                overhead: {cpu: 50m}
                containers:
                  - resources: {requests: {cpu: 250m, memory: 64Mi}}
                """;
        assertThat(requests(spec, KubeVersion.of(34))).isEqualTo("cpu 1050m, memory 64Mi");
        assertThat(requests(spec, KubeVersion.of(33))).isEqualTo("cpu 300m, memory 64Mi");
    }
}
