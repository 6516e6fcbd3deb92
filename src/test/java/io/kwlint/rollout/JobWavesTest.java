package io.kwlint.rollout;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(plan.waves()).extracting(JobWaves.Wave::indexes).containsExactly("0-2", "3-5", "6-8", "9");
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
    void theControllerCreatesAtMost500PodsPerSync() {
        JobWaves.Plan plan = JobWaves.plan(1200, 1000, true, false);
        assertThat(plan.waves()).extracting(JobWaves.Wave::pods).containsExactly(500, 500, 200);
        assertThat(plan.waves()).extracting(JobWaves.Wave::indexes).containsExactly("0-499", "500-999", "1000-1199");
        assertThat(plan.firstWaveCapped()).isTrue();
        assertThat(JobWaves.plan(400, 1000, false, false).firstWaveCapped()).isFalse();
    }

    /** A 12-line Job once ran kwlint out of memory: the plan holds ranges, as many as it lists. */
    @Test
    void aHugeIndexedJobCostsWhatItLists() {
        JobWaves.Plan plan = JobWaves.plan(100_000_000, 100_000, true, false);
        assertThat(plan.waves()).hasSize(JobWaves.MAX_WAVES);
        assertThat(plan.waves().get(999).indexes()).isEqualTo("499500-499999");
        assertThat(plan.moreWaves()).isEqualTo(200_000 - JobWaves.MAX_WAVES);
    }

    @Test
    void manyWavesAreBounded() {
        JobWaves.Plan plan = JobWaves.plan(Integer.MAX_VALUE, 1, false, false);
        assertThat(plan.waves()).hasSize(JobWaves.MAX_WAVES);
        assertThat(plan.moreWaves()).isEqualTo(Integer.MAX_VALUE - (long) JobWaves.MAX_WAVES);
    }
}
