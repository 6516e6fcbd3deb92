package io.kwlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.json.JsonReader;
import io.kwlint.report.PreviewJsonReporter;
import io.kwlint.report.PreviewTextReporter;
import io.kwlint.rollout.Assumption;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.source.SourceInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The rollout preview of arbitrary manifests, with arbitrary nodes, runs and start times: bounded and well-formed. */
class SimulateFuzzTest {

    private static final Linter LINTER = new Linter(LintOptions.defaults().withThreads(1));

    @FuzzTest(maxDuration = "60s")
    void simulate(FuzzedDataProvider data) throws Exception {
        long start = System.nanoTime();
        int nodes = data.consumeInt(1, SimulateOptions.MAX_NODES);
        int runs = data.consumeInt(1, 1000);
        Assumption assumption = data.consumeBoolean() ? Assumption.READY : Assumption.STALLED;
        long from = data.consumeLong(0, 4_102_444_800L);
        String yaml = data.consumeRemainingAsString();
        Report report = LINTER.check(List.of(SourceInput.text("w.yaml", yaml)));
        FuzzChecks.findingsAreSound(report, yaml.getBytes(StandardCharsets.UTF_8));
        SimulateOptions options = new SimulateOptions(LintOptions.defaults().target(), assumption, nodes,
                Instant.ofEpochSecond(from).atZone(ZoneOffset.UTC), runs);
        List<Preview> previews = RolloutPreviews.of(report, options, object -> true);
        String text = new PreviewTextReporter().render(previews);
        String json = new PreviewJsonReporter().render(previews);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length + (long) json.length()).isLessThan(100_000_000L);
        JsonReader.parse(json);
        FuzzChecks.finishedInTime(start);
    }
}
