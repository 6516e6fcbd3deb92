package io.kwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written atomically, and readable like any file the user writes. */
class ReportOutputTest {

    @Test
    void aNewReportIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("out/kwlint.sarif");
        ReportOutput.writeAtomically(report, "{}\n");
        assertThat(Files.readString(report)).isEqualTo("{}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        ReportOutput.writeAtomically(report, "{\"runs\": []}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
        try (var left = Files.list(report.getParent())) {
            assertThat(left).containsExactly(report); // no temporary file stays behind
        }
    }
}
