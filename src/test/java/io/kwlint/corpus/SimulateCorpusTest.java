package io.kwlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.engine.Report;
import io.kwlint.model.KubeVersion;
import io.kwlint.rollout.Assumption;
import io.kwlint.rollout.Outcome;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.source.InputCollector;
import io.kwlint.testing.TestPaths;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rollout preview of every workload in both corpora: no crash, and every rollout ends within the bound. */
class SimulateCorpusTest {

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(TestPaths.corpusAvailable(), "../shared/corpus is not beside the repository");
    }

    @Test
    void everyWorkloadOfBothCorporaPreviewsWithinTheBound() throws Exception {
        for (String corpus : List.of("real-world", "lint-fixtures")) {
            Path root = TestPaths.corpus().resolve(corpus);
            Report report = new Linter(LintOptions.defaults().withKubeVersion(KubeVersion.DEFAULT))
                    .check(new InputCollector(root, List.of(), List.of(), true).collect(List.of(".")));
            for (Assumption assumption : Assumption.values()) {
                SimulateOptions options = new SimulateOptions(LintOptions.defaults().target(), assumption, 5,
                        ZonedDateTime.of(2026, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC), 3);
                List<Preview> previews = RolloutPreviews.of(report, options, object -> true);
                assertThat(previews).as(corpus).isNotEmpty();
                assertThat(previews).as("%s previews that hit the step bound", corpus)
                        .noneMatch(p -> p.steps() != null && p.steps().outcome().kind() == Outcome.Kind.TRUNCATED);
            }
        }
    }
}
