package io.kwlint.rollout;

import static io.kwlint.rollout.StepsFormat.minAvailable;
import static io.kwlint.rollout.StepsFormat.oldNew;
import static io.kwlint.rollout.StepsFormat.peak;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rollout-semantics.md §6 worked examples 1–8 and the edge cases of §2.4, with resolved S and U. */
class DeploymentRolloutTest {

    private static Steps ready(int replicas, int surge, int unavailable) {
        return DeploymentRollout.rollingUpdate(replicas, surge, unavailable, Assumption.READY);
    }

    @Test
    void example1ThreeReplicasSurgeOneUnavailableOne() {
        Steps steps = ready(3, 1, 1);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 2/1 → 2/2 → 0/2 → 0/3");
        assertThat(peak(steps)).isEqualTo(4);
        assertThat(minAvailable(steps)).isEqualTo(2);
        assertThat(steps.steps().get(1).action()).isEqualTo("create new ReplicaSet with 1 pod, scale old down by 1");
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.COMPLETE);
    }

    @Test
    void example2TenReplicasQuarterPercents() {
        Steps steps = ready(10, 3, 2);
        assertThat(oldNew(steps)).isEqualTo("10/0 → 8/3 → 8/5 → 3/5 → 3/10 → 0/10");
        assertThat(peak(steps)).isEqualTo(13);
        assertThat(minAvailable(steps)).isEqualTo(8);
    }

    @Test
    void example3ThreeReplicasQuarterPercentsNeverDropsAvailability() {
        Steps steps = ready(3, 1, 0);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 3/1 → 2/1 → 2/2 → 1/2 → 1/3 → 0/3");
        assertThat(peak(steps)).isEqualTo(4);
        assertThat(minAvailable(steps)).isEqualTo(3);
    }

    @Test
    void example4SurgeZero() {
        Steps steps = ready(3, 0, 1);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 2/0 → 2/1 → 1/1 → 1/2 → 0/2 → 0/3");
        assertThat(peak(steps)).isEqualTo(3);
        assertThat(minAvailable(steps)).isEqualTo(2);
    }

    @Test
    void example5OneReplicaFencepostIsAFullOutage() {
        Steps steps = ready(1, 0, 1);
        assertThat(oldNew(steps)).isEqualTo("1/0 → 0/0 → 0/1");
        assertThat(minAvailable(steps)).isZero();
    }

    @Test
    void example6FiveReplicas() {
        Steps steps = ready(5, 2, 1);
        assertThat(oldNew(steps)).isEqualTo("5/0 → 4/2 → 4/3 → 1/3 → 1/5 → 0/5");
        assertThat(peak(steps)).isEqualTo(7);
        assertThat(minAvailable(steps)).isEqualTo(4);
    }

    @Test
    void example7Recreate() {
        Steps steps = DeploymentRollout.recreate(4, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("4/0 → 0/0 → 0/4");
        assertThat(peak(steps)).isEqualTo(4);
        assertThat(minAvailable(steps)).isZero();
    }

    @Test
    void example8StalledStopsWithEightAvailable() {
        Steps steps = DeploymentRollout.rollingUpdate(10, 3, 2, Assumption.STALLED);
        assertThat(oldNew(steps)).isEqualTo("10/0 → 8/3 → 8/5");
        assertThat(steps.steps().get(2).available()).isEqualTo(8);
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.STALLED);
        assertThat(steps.outcome().reason()).isEqualTo(
                "waits: 5 new pods unavailable, maxUnavailable 2 reached; 8 available of 10");
    }

    @Test
    void zeroReplicasOnlyCreatesAnEmptyReplicaSet() {
        Steps steps = ready(0, 0, 0);
        assertThat(oldNew(steps)).isEqualTo("0/0 → 0/0");
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.COMPLETE);
    }

    @Test
    void oneReplicaWithQuarterPercentsSurgesFirst() {
        assertThat(oldNew(ready(1, 1, 0))).isEqualTo("1/0 → 1/1 → 0/1");
    }

    @Test
    void maxUnavailableZeroAddsBeforeItRemoves() {
        assertThat(oldNew(ready(4, 2, 0))).isEqualTo("4/0 → 4/2 → 2/2 → 2/4 → 0/4");
    }

    @Test
    void maxSurgeHundredPercentStartsTheWholeNewSetAtOnce() {
        Steps steps = ready(3, 3, 0);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 3/3 → 0/3");
        assertThat(peak(steps)).isEqualTo(6);
    }

    @Test
    void hundredPercentUnavailableWithoutSurgeBehavesLikeRecreate() {
        assertThat(oldNew(ready(4, 0, 4))).isEqualTo("4/0 → 0/0 → 0/4");
    }

    @Test
    void stalledWithOneReplicaAndNoSurgeEndsWithNothingAvailable() {
        Steps steps = DeploymentRollout.rollingUpdate(1, 0, 1, Assumption.STALLED);
        assertThat(oldNew(steps)).isEqualTo("1/0 → 0/0 → 0/1");
        assertThat(steps.steps().get(2).available()).isZero();
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.COMPLETE);
    }

    @Test
    void aQuotaWithoutRoomForSurgeDeadlocksWhenNothingMayBeUnavailable() {
        Steps steps = DeploymentRollout.rollingUpdate(3, 1, 0, Assumption.READY, 3);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 3/0");
        assertThat(steps.steps().get(1).action()).isEqualTo("create new ReplicaSet with 1 pod (quota: 0 of 1 new pods created)");
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.STALLED);
        assertThat(steps.outcome().reason()).startsWith("waits: the ResourceQuota leaves room for 3 pods");
    }

    @Test
    void aQuotaBelowThePeakSlowsARolloutThatMayLosePods() {
        Steps steps = DeploymentRollout.rollingUpdate(10, 3, 2, Assumption.READY, 11);
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.COMPLETE);
        assertThat(peak(steps)).isEqualTo(11);
    }

    @Test
    void hugeReplicaCountsAreBounded() {
        Steps steps = ready(2_000_000_000, 1, 0);
        assertThat(steps.outcome().kind()).isEqualTo(Outcome.Kind.TRUNCATED);
        assertThat(steps.steps()).hasSize(Steps.MAX_STEPS + 1);
    }
}
