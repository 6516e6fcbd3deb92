package io.kwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.json.JsonReader;
import io.kwlint.report.ReportFormat;
import io.kwlint.source.SourceInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The whole pipeline on arbitrary bytes: reading (UTF-8, YAML, documents), schemas, defaults,
 * every rule, suppressions; {@code pipeline} checks the findings and the JSON report of each input,
 * {@code reports} renders and checks every format (slower, so a target of its own). The same bytes
 * are checked as two files of one directory, so that cross-object rules see what a set of them holds.
 */
class PipelineFuzzTest {

    private static final Linter LINTER = new Linter(LintOptions.defaults().withThreads(1));

    private static Report check(byte[] input) {
        return LINTER.check(List.of(SourceInput.stream("k8s/a.yaml", new ByteArrayInputStream(input)),
                SourceInput.stream("k8s/b.yaml", new ByteArrayInputStream(input))));
    }

    @FuzzTest(maxDuration = "60s")
    void reports(byte[] input) throws Exception {
        long start = System.nanoTime();
        Report report = check(input);
        FuzzChecks.reportsAreWellFormed(report);
        FuzzChecks.finishedInTime(start);
    }

    @FuzzTest(maxDuration = "60s")
    void pipeline(byte[] input) throws Exception {
        long start = System.nanoTime();
        Report report = check(input);
        FuzzChecks.findingsAreSound(report, input);
        FuzzChecks.fixesAreSound(report, LINTER);
        JsonReader.parse(ReportFormat.JSON.render(report, Path.of("."), null, false, UnaryOperator.identity()));
        FuzzChecks.finishedInTime(start);
    }
}
