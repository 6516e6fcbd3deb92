package io.kwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once lost a whole report (issues 16 and 17): each run ends, says what is wrong
 * where, and keeps the other files' findings.
 */
class HostileInputCliTest {

    record Run(int status, String out, String err) {
    }

    private static Run kwlint(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), workingDir, Map.of(), false);
        int status = Main.run(args, environment, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: \"c:1\"}]\n";

    @Test
    void aLoneSurrogateIsEscapedInEveryReport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {\"\\uD800\": x}\n"
                + "spec:\n  containers: [{name: c, image: \"c:1\"}]\n");
        Run run = kwlint(dir, "check", "pod.yaml", "--no-config", "--format", "json", "--output", "r.json",
                "--format", "sarif", "--output", "r.sarif", "--format", "text", "--output", "r.txt",
                "--format", "github", "--output", "r.gh", "--format", "junit", "--output", "r.xml", "--format", "compact");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\\ud800").doesNotContain("\uD800");
        assertThat(Files.readString(dir.resolve("r.txt"))).contains("\"\\uD800\"");
        assertThat(Files.readString(dir.resolve("r.gh"))).contains("\\uD800");
        assertThat(Files.readString(dir.resolve("r.sarif"))).contains("labels-invalid");
        assertThat(Files.readString(dir.resolve("r.xml"))).contains("labels-invalid");
        assertThat(run.out()).contains("pod.yaml:5:12: error:").contains("\\uD800");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aReportIsNeverWrittenOverAnInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pod.yaml"), POD);
        Run run = kwlint(dir, "check", ".", "--no-config", "--format", "json", "--output", "./pod.yaml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is one of the inputs");
        assertThat(Files.readString(dir.resolve("pod.yaml"))).isEqualTo(POD);
        assertThat(kwlint(dir, "simulate", "pod.yaml", "--no-config", "--output", "pod.yaml").status()).isEqualTo(2);
    }

    @Test
    void aFifoIsAFindingAndTheOtherFilesAreChecked(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Files.writeString(dir.resolve("pod.yaml"), POD);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> kwlint(dir, "check", "pipe.yaml", "pod.yaml", "--no-config", "--format", "compact"));
        assertThat(run.out()).contains("pipe.yaml:1:1: error: cannot read the file: it is not a regular file")
                .contains("pod.yaml:5:");
    }

    @Test
    void aBackslashInAFileNameIsPartOfTheName(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(java.io.File.separatorChar == '/', "on Windows a backslash separates folders");
        Files.writeString(dir.resolve("a\\b.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n");
        Run run = kwlint(dir, "check", ".", "--no-config", "--format", "compact");
        assertThat(run.out()).contains("a\\b.yaml:");
    }

    @Test
    void aHugeIndexedJobIsPreviewedInBoundedTimeAndSize(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("job.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata: {name: huge}\nspec:\n"
                + "  completionMode: Indexed\n  completions: 100000000\n  parallelism: 100000\n  template:\n    spec:\n"
                + "      restartPolicy: Never\n      containers: [{name: c, image: \"c:1\"}]\n");
        Run text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> kwlint(dir, "simulate", "job.yaml", "--no-config"));
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("1-1000   500  0-499999").contains("199000 more waves follow");
        assertThat(text.out().length()).isLessThan(5_000);
        Run json = kwlint(dir, "simulate", "job.yaml", "--no-config", "--format", "json");
        assertThat(json.out().length()).isLessThan(200_000);
    }

    @Test
    void manyPreviewsOverManyNodesStayWithinTheOutputBound(@TempDir Path dir) throws Exception {
        StringBuilder daemonSets = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            daemonSets.append("---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ds").append(i).append("}\nspec:\n")
                    .append("  selector: {matchLabels: {app: ds").append(i).append("}}\n  template:\n")
                    .append("    metadata: {labels: {app: ds").append(i).append("}}\n")
                    .append("    spec: {containers: [{name: c, image: \"c:1\"}]}\n");
        }
        Files.writeString(dir.resolve("ds.yaml"), daemonSets.toString());
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> kwlint(dir, "simulate", "ds.yaml", "--no-config", "--nodes", "100000", "--format", "json"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("reached kwlint's bound of 100000 steps and waves");
        assertThat(run.out().length()).isLessThan(40_000_000);
    }

    @Test
    void objectsTheApiServerRejectsAreNotPreviewed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n"
                + "  replicas: 1e19\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n"
                + "    spec: {containers: [{name: c, image: \"c:1\"}]}\n");
        Run run = kwlint(dir, "simulate", "d.yaml", "--no-config", "--format", "json");
        assertThat(run.out()).contains("\"result\": \"rejected\"").contains("out of range").doesNotContain("\"step\": 0");
    }
}
