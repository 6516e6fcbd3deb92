package io.kwlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.model.KubeVersion;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A field's documentation comes from the bundled schema of the target version. */
class FieldDocTest {

    private static final Node DEPLOYMENT = new YamlReader(YamlLimits.DEFAULT).read("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx
                      resources: {limits: {cpu: 1}}
                      colour: blue
            """).documents().get(0).root();

    private static final Node CONTAINER = DEPLOYMENT.at("spec.template.spec.containers").get(0);

    private static Optional<FieldDoc> describe(String path, int minor) {
        return describe(DEPLOYMENT.at(path), minor);
    }

    private static Optional<FieldDoc> describe(Node node, int minor) {
        return new Schemas(KubeVersion.of(minor), List.of()).describe("apps/v1", "Deployment", node);
    }

    @Test
    void aFieldHasItsTypeAndTheApiDescription() {
        FieldDoc replicas = describe("spec.replicas", 35).orElseThrow();
        assertThat(replicas.path()).isEqualTo("spec.replicas");
        assertThat(replicas.type()).isEqualTo("integer (int32)");
        assertThat(replicas.description()).startsWith("Number of desired pods.");
    }

    @Test
    void aFieldWithoutItsOwnDescriptionHasItsTypes() {
        FieldDoc resources = describe("spec.template.spec.containers", 35).orElseThrow();
        assertThat(resources.type()).isEqualTo("array");
        assertThat(resources.description()).startsWith("List of containers belonging to the pod.");
        FieldDoc item = describe(CONTAINER, 35).orElseThrow();
        assertThat(item.path()).isEqualTo("spec.template.spec.containers[0]");
        assertThat(item.description()).startsWith("A single application container");
        assertThat(describe(CONTAINER.get("resources"), 35).orElseThrow().description())
                .startsWith("ResourceRequirements describes the compute resource requirements.");
    }

    @Test
    void aMapValueIsDescribedByItsMap() {
        FieldDoc label = describe("metadata.labels.app", 35).orElseThrow();
        assertThat(label.type()).isEqualTo("string");
        assertThat(label.description()).startsWith("Map of string keys and values");
        assertThat(describe(CONTAINER.at("resources.limits.cpu"), 35).orElseThrow().type())
                .isEqualTo("integer or string");
    }

    @Test
    void unknownFieldsAndKindsWithoutSchemaHaveNone() {
        assertThat(describe(CONTAINER.get("colour"), 35)).isEmpty();
        assertThat(new Schemas(KubeVersion.of(35), List.of()).describe("example.com/v1", "Widget", DEPLOYMENT.at("spec")))
                .isEmpty();
    }

    @Test
    void theTargetVersionsSchemaIsRead() {
        assertThat(describe("spec.replicas", 28)).isPresent();
    }
}
