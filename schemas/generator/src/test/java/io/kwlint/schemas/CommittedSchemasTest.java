package io.kwlint.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas/ folders are exactly what the generator writes from client-java-api and
 * overlay.yaml. Regenerate with {@code -Dkwlint.updateSchemas=true}.
 */
class CommittedSchemasTest {

    private static final Path ROOT = Path.of(System.getProperty("kwlint.root", "../.."));
    private static final Path SCHEMAS = ROOT.resolve("schemas");

    @Test
    void committedSchemasAreWhatTheGeneratorWrites() throws IOException {
        Map<String, String> generated = AllReleases.generate(
                Path.of(System.getProperty("kwlint.clientJava", "target/client-java")),
                SCHEMAS.resolve("generator/overlay.yaml"));
        if (Boolean.getBoolean("kwlint.updateSchemas")) {
            write(generated);
        }
        assertThat(committed()).as("schemas/ differs from the generator's output:"
                + " regenerate with mvn -B -Pschemas -pl schemas/generator -am verify -Dkwlint.updateSchemas=true")
                .isEqualTo(generated);
    }

    @Test
    void everyReleaseDescribesEveryKind() throws IOException {
        List<SchemaGenerator.Root> builtIn = List.of(
                new SchemaGenerator.Root("Ingress", "networking.k8s.io/v1", "V1Ingress"),
                new SchemaGenerator.Root("ConfigMap", "v1", "V1ConfigMap"),
                new SchemaGenerator.Root("Event", "v1", "CoreV1Event"),
                new SchemaGenerator.Root("Event", "events.k8s.io/v1", "EventsV1Event"),
                new SchemaGenerator.Root("PodDisruptionBudget", "policy/v1", "V1PodDisruptionBudget"),
                new SchemaGenerator.Root("HorizontalPodAutoscaler", "autoscaling/v2", "V2HorizontalPodAutoscaler"),
                new SchemaGenerator.Root("ClusterRoleBinding", "rbac.authorization.k8s.io/v1", "V1ClusterRoleBinding"),
                new SchemaGenerator.Root("CustomResourceDefinition", "apiextensions.k8s.io/v1", "V1CustomResourceDefinition"));
        for (Release release : Release.ALL) {
            for (SchemaGenerator.Root root : concat(SchemaGenerator.MODELED, builtIn)) {
                Path file = SCHEMAS.resolve(release.kube() + "/" + root.fileName());
                assertThat(file).exists();
                assertThat(Files.readString(file)).contains("_definitions.json#/$defs/" + root.model());
            }
        }
        // A kind the minor does not serve yet has no schema (networking.k8s.io/v1 ServiceCIDR is GA in 1.33).
        assertThat(SCHEMAS.resolve("1.32/servicecidr-networking-v1.json")).doesNotExist();
        assertThat(SCHEMAS.resolve("1.33/servicecidr-networking-v1.json")).exists();
    }

    private static List<SchemaGenerator.Root> concat(List<SchemaGenerator.Root> first, List<SchemaGenerator.Root> second) {
        List<SchemaGenerator.Root> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void write(Map<String, String> generated) throws IOException {
        for (String stale : committed().keySet()) {
            if (!generated.containsKey(stale)) {
                Files.delete(SCHEMAS.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = SCHEMAS.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    /** Every JSON file in the version folders of schemas/. */
    private static Map<String, String> committed() throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<Path> versions;
        try (Stream<Path> children = Files.list(SCHEMAS)) {
            versions = children.filter(p -> p.getFileName().toString().matches("\\d+\\.\\d+")).toList();
        }
        for (Path version : versions) {
            try (Stream<Path> schemaFiles = Files.list(version)) {
                for (Path file : schemaFiles.filter(p -> p.toString().endsWith(".json")).toList()) {
                    files.put(version.getFileName() + "/" + file.getFileName(), Files.readString(file));
                }
            }
        }
        return files;
    }
}
