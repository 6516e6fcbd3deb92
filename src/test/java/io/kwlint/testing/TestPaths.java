package io.kwlint.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's test inputs are. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("kwlint.root");
        Path path = root != null ? Path.of(root) : Path.of("..");
        return path.toAbsolutePath().normalize();
    }

    public static Path testdata() {
        return root().resolve("testdata");
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    /** ../shared/corpus beside the repository (present in CI and on developer machines). */
    public static Path corpus() {
        return root().resolveSibling("shared").resolve("corpus");
    }

    public static boolean corpusAvailable() {
        return Files.isDirectory(corpus().resolve("real-world"));
    }
}
