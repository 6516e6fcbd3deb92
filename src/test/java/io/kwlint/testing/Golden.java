package io.kwlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under testdata/golden: compared byte for byte, rewritten with
 * {@code -Dkwlint.updateGolden=true} (then review the diff).
 */
public final class Golden {

    private static final boolean UPDATE = Boolean.getBoolean("kwlint.updateGolden");

    private Golden() {
    }

    /** @param name the path below testdata/golden, e.g. {@code simulate/jobs.txt} */
    public static void assertMatches(String name, String actual) throws IOException {
        Path golden = TestPaths.testdata().resolve("golden").resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("testdata/golden/%s differs; if the change is intended, regenerate with -Dkwlint.updateGolden=true", name)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
