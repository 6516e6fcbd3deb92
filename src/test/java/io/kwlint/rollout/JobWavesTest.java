package io.kwlint.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rollout-semantics.md §5 and worked example 13. */
class JobWavesTest {

    @Test
    void example13CompletionsFiveParallelismTwo() {
        JobWaves.Plan plan = JobWaves.plan(5, 2, false, false);
        assertThat(plan.waves()).extracting(JobWaves.Wave::pods).containsExactly(2, 2, 1);
        assertThat(plan.peakPods()).isEqualTo(2);
    }

    @Test
    void completionsTenParallelismThreeIndexed() {
        JobWaves.Plan plan = JobWaves.plan(10, 3, true, false);
        assertThat(plan.waves()).extracting(JobWaves.Wave::indexes).containsExactly(
                List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8), List.of(9));
    }

    @Test
    void workQueueRunsOneWaveOfParallelism() {
        assertThat(JobWaves.plan(null, 4, false, false).waves()).containsExactly(new JobWaves.Wave(4, null));
    }

    @Test
    void suspendedRunsNothing() {
        assertThat(JobWaves.plan(5, 2, false, true).waves()).isEmpty();
    }

    @Test
    void manyWavesAreBounded() {
        JobWaves.Plan plan = JobWaves.plan(Integer.MAX_VALUE, 1, false, false);
        assertThat(plan.waves()).hasSize(JobWaves.MAX_WAVES);
        assertThat(plan.moreWaves()).isEqualTo(Integer.MAX_VALUE - (long) JobWaves.MAX_WAVES);
    }
}
