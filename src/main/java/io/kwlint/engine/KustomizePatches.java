package io.kwlint.engine;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import io.kwlint.yaml.YamlStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The patch files of Kustomize kustomizations: files a {@code kustomization.yaml} lists under
 * {@code patches} ({@code path}), {@code patchesStrategicMerge} or {@code patchesJson6902}. Such a
 * file is a fragment that {@code kubectl kustomize} merges into a resource (a Deployment with only
 * {@code spec.replicas}), never applied alone: checked as a manifest it would give a cascade of
 * "missing selector" and "missing containers" errors, so kwlint says once what it is instead.
 *
 * <p>The kustomizations looked at are those of the file's own directory and the
 * {@value #LEVELS_UP} directories above it (an overlay naming {@code ../patches/x.yaml}); each
 * directory's is read once per run. Thread-safe: files are loaded in parallel.
 */
final class KustomizePatches {

    static final int LEVELS_UP = 2;
    private static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final long MAX_KUSTOMIZATION_BYTES = 1 << 20;

    /** A kustomization and the files it patches with (absolute, normalized). */
    private record Kustomization(Path file, Set<Path> patches) {
    }

    private final Map<Path, Optional<Kustomization>> byDirectory = new ConcurrentHashMap<>();

    /** The kustomization file that lists {@code file} as a patch, if one does. */
    Optional<Path> listing(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        for (int level = 0; dir != null && level <= LEVELS_UP; level++, dir = dir.getParent()) {
            Optional<Kustomization> kustomization = byDirectory.computeIfAbsent(dir, KustomizePatches::read);
            if (kustomization.isPresent() && kustomization.get().patches().contains(absolute)) {
                return Optional.of(kustomization.get().file());
            }
        }
        return Optional.empty();
    }

    private static Optional<Kustomization> read(Path dir) {
        for (String name : FILE_NAMES) {
            Path file = dir.resolve(name);
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > MAX_KUSTOMIZATION_BYTES) {
                    continue;
                }
                YamlStream stream = new YamlReader(YamlLimits.DEFAULT).read(Files.readString(file), false);
                if (stream.documents().isEmpty() || !(stream.documents().get(0).root() instanceof MapNode root)) {
                    return Optional.empty();
                }
                return Optional.of(new Kustomization(file, patches(dir, root)));
            } catch (IOException | RuntimeException e) {
                // An unreadable or malformed kustomization is kustomize's to report; kwlint checks
                // the files as what they look like.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Set<Path> patches(Path dir, MapNode root) {
        Set<Path> patches = new HashSet<>();
        for (Node entry : root.get("patches").items()) {
            addPath(dir, entry.get("path"), patches);
        }
        for (Node entry : root.get("patchesJson6902").items()) {
            addPath(dir, entry.get("path"), patches);
        }
        for (Node entry : root.get("patchesStrategicMerge").items()) {
            addPath(dir, entry, patches);
        }
        return patches;
    }

    /** A relative path to a file; an inline patch (a YAML text with line breaks) is no file. */
    private static void addPath(Path dir, Node value, Set<Path> patches) {
        if (value instanceof ScalarNode scalar && !scalar.isNull() && !scalar.text().contains("\n")
                && !scalar.text().isBlank()) {
            try {
                patches.add(dir.resolve(scalar.text().strip()).normalize());
            } catch (java.nio.file.InvalidPathException e) {
                // Not a path this system can name: no file of the walk can be it.
            }
        }
    }
}
