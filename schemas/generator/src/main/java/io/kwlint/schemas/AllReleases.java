package io.kwlint.schemas;

import io.kwlint.json.JsonWriter;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the schemas of every {@link Release}: relative path under {@code schemas/} (such as
 * {@code 1.35/deployment-apps-v1.json}) to file content. The test CommittedSchemasTest compares
 * them with the committed files, or rewrites those with {@code -Dkwlint.updateSchemas=true}.
 */
final class AllReleases {

    private AllReleases() {
    }

    static Map<String, String> generate(Path clientJavaJars, Path overlayFile) throws IOException {
        Overlay overlay = Overlay.read(overlayFile);
        Map<String, String> files = new TreeMap<>();
        for (Release release : Release.ALL) {
            Path jar = clientJavaJars.resolve(release.jarName());
            if (!Files.isRegularFile(jar)) {
                throw new IOException("missing " + jar + ": build with mvn -Pschemas so that the dependency plugin copies it");
            }
            String version = release.kube().toString();
            try (URLClassLoader models = new ChildFirstClassLoader(jar.toUri().toURL(), AllReleases.class.getClassLoader())) {
                SchemaGenerator generator = new SchemaGenerator(models, overlay, version);
                for (Map.Entry<String, Map<String, Object>> file : generator.generate().entrySet()) {
                    files.put(version + "/" + file.getKey(), JsonWriter.write(file.getValue()) + "\n");
                }
                reportUnused(release, generator.unusedOverlayFields());
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot read the models of client-java-api " + release.clientJava() + ": " + e, e);
            }
        }
        return files;
    }

    /** Overlay fields that a release lacks are normal (a field added later) but worth seeing. */
    private static void reportUnused(Release release, Set<String> unused) {
        if (!unused.isEmpty()) {
            System.out.println("kwlint schemas " + release.kube() + ": overlay fields absent from this release: " + unused);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Map<String, String> files = generate(Path.of(args.length > 1 ? args[1] : "schemas/generator/target/client-java"),
                root.resolve("schemas/generator/overlay.yaml"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve("schemas").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        System.out.println("wrote " + files.size() + " schema files");
    }
}
