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
        for (Release release : Release.ALL) {
            for (SchemaGenerator.Root root : SchemaGenerator.ROOTS) {
                Path file = SCHEMAS.resolve(release.kube() + "/" + root.fileName());
                assertThat(file).exists();
                assertThat(Files.readString(file)).contains("_definitions.json#/$defs/" + root.model());
            }
        }
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
