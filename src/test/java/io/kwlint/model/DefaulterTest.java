package io.kwlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.source.SourceFile;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.Position;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class DefaulterTest {

    private static KubeObject defaulted(String yaml, KubeVersion version) {
        MapNode root = (MapNode) new YamlReader(YamlLimits.DEFAULT).read(yaml).documents().get(0).root();
        String apiVersion = root.get("apiVersion").asString().orElseThrow();
        String kind = root.get("kind").asString().orElseThrow();
        KubeObject object = new KubeObject(new SourceFile("t.yaml", null, yaml), 0, root, apiVersion, kind,
                ApiVersions.modeledKind(apiVersion, kind, version).orElse(null));
        new Defaulter(Target.of(version)).apply(object);
        return object;
    }

    private static KubeObject defaulted(String yaml) {
        return defaulted(yaml, KubeVersion.DEFAULT);
    }

    @Test
    void deploymentGetsReplicasStrategyAndBudgets() {
        KubeObject d = defaulted("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  strategy:
                    rollingUpdate:
                      maxSurge: 0
                  template:
                    spec:
                      containers:
                        - {name: web, image: nginx}
                """);
        Node spec = d.spec();
        assertThat(spec.get("replicas").asLong()).hasValue(1);
        assertThat(spec.get("replicas").isDefaulted()).isTrue();
        assertThat(spec.at("strategy.type").asString()).contains("RollingUpdate");
        assertThat(spec.at("strategy.rollingUpdate.maxSurge").asLong()).hasValue(0);
        assertThat(spec.at("strategy.rollingUpdate.maxUnavailable").asString()).contains("25%");
        assertThat(spec.at("strategy.rollingUpdate.maxUnavailable").anchorSpan().start()).isEqualTo(new Position(5, 5));
        assertThat(spec.get("progressDeadlineSeconds").asLong()).hasValue(600);
        Node container = d.podSpec().get("containers").get(0);
        assertThat(d.podSpec().get("restartPolicy").asString()).contains("Always");
        assertThat(container.get("imagePullPolicy").asString()).contains("Always");
        assertThat(container.get("terminationMessagePolicy").asString()).contains("File");
    }

    @Test
    void recreateGetsNoRollingUpdate() {
        KubeObject d = defaulted("apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy: {type: Recreate}\n");
        assertThat(d.spec().at("strategy.rollingUpdate").isPresent()).isFalse();
    }

    @Test
    void statefulSetGetsRollingUpdateOnlyWhenTheTypeWasDefaulted() {
        KubeObject typed = defaulted("apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  updateStrategy: {type: RollingUpdate}\n");
        assertThat(typed.spec().at("updateStrategy.rollingUpdate").isPresent()).isFalse();
        KubeObject untyped = defaulted("apiVersion: apps/v1\nkind: StatefulSet\nspec: {}\n");
        assertThat(untyped.spec().at("updateStrategy.rollingUpdate.partition").asLong()).hasValue(0);
        assertThat(untyped.spec().get("podManagementPolicy").asString()).contains("OrderedReady");
    }

    @Test
    void daemonSetSurgeDefaultExistsOnlyWithTheFeature() {
        String yaml = "apiVersion: apps/v1\nkind: DaemonSet\nspec: {}\n";
        KubeObject current = defaulted(yaml);
        assertThat(current.spec().at("updateStrategy.rollingUpdate.maxUnavailable").asLong()).hasValue(1);
        assertThat(current.spec().at("updateStrategy.rollingUpdate.maxSurge").asLong()).hasValue(0);
        KubeObject old = defaulted(yaml, KubeVersion.of(21));
        assertThat(old.spec().at("updateStrategy.rollingUpdate.maxSurge").isPresent()).isFalse();
    }

    @Test
    void jobCompletionsAndParallelismFollowTheServersPairing() {
        KubeObject neither = defaulted("apiVersion: batch/v1\nkind: Job\nspec: {}\n");
        assertThat(neither.spec().get("completions").asLong()).hasValue(1);
        assertThat(neither.spec().get("parallelism").asLong()).hasValue(1);
        KubeObject workQueue = defaulted("apiVersion: batch/v1\nkind: Job\nspec: {parallelism: 4}\n");
        assertThat(workQueue.spec().get("completions").isPresent()).isFalse();
        KubeObject perIndex = defaulted("apiVersion: batch/v1\nkind: Job\nspec: {backoffLimitPerIndex: 1}\n");
        assertThat(perIndex.spec().get("backoffLimit").asLong()).hasValue(Integer.MAX_VALUE);
    }

    @Test
    void requestsDefaultToLimitsPerResource() {
        KubeObject pod = defaulted("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                    - name: a
                      image: app:1.0
                      resources:
                        requests: {cpu: 100m}
                        limits: {cpu: 200m, memory: 1Gi}
                """);
        Node container = pod.podSpec().get("containers").get(0);
        assertThat(container.at("resources.requests.cpu").asString()).contains("100m");
        assertThat(container.at("resources.requests.memory").asString()).contains("1Gi");
        assertThat(container.at("resources.requests.memory").isDefaulted()).isTrue();
        assertThat(container.get("imagePullPolicy").asString()).contains("IfNotPresent");
    }

    @Test
    void anEmptyStringIsUnsetForAGoStringField() {
        KubeObject job = defaulted("apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      restartPolicy: \"\"\n");
        Node policy = job.podSpec().get("restartPolicy");
        assertThat(policy.asString()).contains("Always");
        assertThat(policy.isDefaulted()).isTrue();
        assertThat(policy.anchorSpan().start()).isEqualTo(new Position(6, 7));
    }

    @Test
    void imagePullPolicyFollowsTheTag() {
        assertThat(Defaulter.pullsAlways("nginx")).isTrue();
        assertThat(Defaulter.pullsAlways("nginx:latest")).isTrue();
        assertThat(Defaulter.pullsAlways("registry:5000/nginx")).isTrue();
        assertThat(Defaulter.pullsAlways("registry:5000/nginx:1.27")).isFalse();
        assertThat(Defaulter.pullsAlways("nginx@sha256:abc")).isFalse();
    }
}
