package io.kwlint.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the manifests to check: named files as they are, directories walked recursively for
 * {@code *.yaml} and {@code *.yml} files, filtered by include and exclude globs.
 *
 * <p>Globs follow {@link java.nio.file.FileSystem#getPathMatcher} syntax and are matched against
 * the path relative to the base directory and to the directory being walked; a glob without a
 * '/' matches file names, as in .gitignore. By default the walk leaves out hidden directories and
 * YAML files that are known not to be Kubernetes objects (kustomization files, Helm's Chart.yaml
 * and values files, CI and tool configuration).
 */
public final class InputCollector {

    /** Files that are YAML but never Kubernetes objects, left out of directory walks. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml", "values.yaml",
            "values-*.yaml", "values.*.yaml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
            ".kwlint.yaml", ".kwlint.yml", "docker-compose*.yml", "docker-compose*.yaml",
            "compose.yaml", "compose.yml", ".gitlab-ci.yml", "skaffold.yaml", "*.kwlint-baseline.yaml");

    private static final List<String> DEFAULT_INCLUDES = List.of("*.yaml", "*.yml");

    /** A named path that does not exist: a usage error, not a finding. */
    public static final class NoSuchInputException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoSuchInputException(String message) {
            super(message);
        }
    }

    private final Path baseDir;
    private final List<Glob> includes;
    private final List<Glob> excludes;

    /**
     * @param baseDir         paths in reports are relative to it
     * @param includes        globs a file found by a walk must match; empty means *.yaml and *.yml
     * @param excludes        globs that leave a file (or a whole directory) out
     * @param defaultExcludes whether to add {@link #DEFAULT_EXCLUDES} and skip hidden directories
     */
    public InputCollector(Path baseDir, List<String> includes, List<String> excludes, boolean defaultExcludes) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.includes = (includes.isEmpty() ? DEFAULT_INCLUDES : includes).stream().map(Glob::new).toList();
        List<String> allExcludes = new ArrayList<>(excludes);
        if (defaultExcludes) {
            allExcludes.addAll(DEFAULT_EXCLUDES);
            allExcludes.add(".*/");
        }
        this.excludes = allExcludes.stream().map(Glob::new).toList();
    }

    /** The inputs for the given paths, sorted by display path, each file once. */
    public List<SourceInput> collect(List<String> paths) throws NoSuchInputException {
        Map<Path, SourceInput> found = new LinkedHashMap<>();
        for (String given : paths) {
            Path path = baseDir.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                walk(path, found, Integer.MAX_VALUE);
            } else if (Files.exists(path)) {
                // A file named on the command line is checked whatever its name.
                found.putIfAbsent(path, SourceInput.file(path, displayPath(path)));
            } else {
                throw new NoSuchInputException("no such file or directory: " + given);
            }
        }
        List<SourceInput> inputs = new ArrayList<>(found.values());
        inputs.sort(Comparator.comparing(SourceInput::displayPath));
        return inputs;
    }

    /**
     * The manifests directly in {@code dir}, as a walk finds them (includes, excludes, default
     * excludes), without its subdirectories: an editor's set for one open file.
     */
    public List<SourceInput> collectDirectory(Path dir) {
        Map<Path, SourceInput> found = new LinkedHashMap<>();
        walk(dir.toAbsolutePath().normalize(), found, 1);
        List<SourceInput> inputs = new ArrayList<>(found.values());
        inputs.sort(Comparator.comparing(SourceInput::displayPath));
        return inputs;
    }

    /**
     * How reports name a file: relative to the base directory (the working directory unless
     * --base-dir), with {@code ../} for files beside or above it, as a compiler or git prints
     * them; absolute only where no relative path leads there (another drive on Windows).
     */
    public String displayPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = baseDir.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute;
        }
        // Reports use '/' on every system; on Linux a backslash is part of a name and stays.
        String text = java.io.File.separatorChar == '/' ? shown.toString() : shown.toString().replace(java.io.File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }

    private void walk(Path root, Map<Path, SourceInput> found, int depth) {
        try {
            Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && excluded(root, dir, true)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && included(root, file) && !excluded(root, file, false)) {
                        found.putIfAbsent(file, SourceInput.file(file, displayPath(file)).asDiscovered());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Reading it again reports the failure as a finding on that path.
                    found.putIfAbsent(file, SourceInput.file(file, displayPath(file)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.putIfAbsent(root, SourceInput.file(root, displayPath(root)));
        }
    }

    private boolean included(Path root, Path file) {
        return includes.stream().anyMatch(glob -> glob.matches(relativeTo(baseDir, file), relativeTo(root, file), false));
    }

    private boolean excluded(Path root, Path path, boolean directory) {
        return excludes.stream().anyMatch(glob -> glob.matches(relativeTo(baseDir, path), relativeTo(root, path), directory));
    }

    private static Path relativeTo(Path dir, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(dir) ? dir.relativize(absolute) : absolute;
    }

    /**
     * A glob; one ending in '/' matches directories only, one without '/' matches names, and a
     * leading {@code **}{@code /} also matches at the top level, as users of .gitignore expect.
     */
    private static final class Glob {
        private final List<PathMatcher> matchers = new ArrayList<>();
        private final boolean directoryOnly;
        private final boolean nameOnly;

        Glob(String pattern) {
            this.directoryOnly = pattern.endsWith("/");
            String body = directoryOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
            this.nameOnly = !body.contains("/");
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + body));
            if (body.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + body.substring(3)));
            }
        }

        boolean matches(Path fromBase, Path fromRoot, boolean directory) {
            if (directoryOnly && !directory) {
                return false;
            }
            if (nameOnly) {
                Path name = fromRoot.getFileName();
                return name != null && matchers.stream().anyMatch(m -> m.matches(name));
            }
            return matchers.stream().anyMatch(m -> m.matches(fromBase) || m.matches(fromRoot));
        }
    }
}
