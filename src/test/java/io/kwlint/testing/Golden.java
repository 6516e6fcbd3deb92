package io.kwlint.testing;

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
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertSameText(expected, actual,
                "testdata/golden/" + name + " differs; if the change is intended, regenerate with -Dkwlint.updateGolden=true");
    }

    /**
     * Fails with the lines that differ (a few around the first difference, and how many in all)
     * rather than both texts in full: a catalogue or a report is tens of kilobytes.
     */
    public static void assertSameText(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int first = 0;
        while (first < want.length && first < got.length && want[first].equals(got[first])) {
            first++;
        }
        int differing = 0;
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            if (i >= want.length || i >= got.length || !want[i].equals(got[i])) {
                differing++;
            }
        }
        StringBuilder diff = new StringBuilder(what).append("\nfirst difference at line ").append(first + 1)
                .append(" (").append(differing).append(" lines differ; ").append(want.length).append(" expected, ")
                .append(got.length).append(" actual):\n");
        for (int i = Math.max(0, first - 2); i < Math.min(Math.max(want.length, got.length), first + 6); i++) {
            if (i < want.length && (i >= got.length || !want[i].equals(got[i]))) {
                diff.append("- ").append(want[i]).append('\n');
            }
            if (i < got.length && (i >= want.length || !got[i].equals(want[i]))) {
                diff.append("+ ").append(got[i]).append('\n');
            }
            if (i < want.length && i < got.length && want[i].equals(got[i])) {
                diff.append("  ").append(want[i]).append('\n');
            }
        }
        org.junit.jupiter.api.Assertions.fail(diff.toString());
    }
}
