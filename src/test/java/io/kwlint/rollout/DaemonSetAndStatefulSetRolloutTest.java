package io.kwlint.rollout;

import static io.kwlint.rollout.StepsFormat.minAvailable;
import static io.kwlint.rollout.StepsFormat.oldNew;
import static io.kwlint.rollout.StepsFormat.peak;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rollout-semantics.md §6 worked examples 9–12, and edge cases. */
class DaemonSetAndStatefulSetRolloutTest {

    @Test
    void example9DaemonSetQuarterUnavailableOnFiveNodesRoundsUp() {
        Steps steps = DaemonSetRollout.rollingUpdate(5, 0, 2, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("5/0 → 3/0 → 3/2 → 1/2 → 1/4 → 0/4 → 0/5");
        assertThat(peak(steps)).isEqualTo(5);
        assertThat(minAvailable(steps)).isEqualTo(3);
    }

    @Test
    void example10DaemonSetSurgeTwoOnFiveNodes() {
        Steps steps = DaemonSetRollout.rollingUpdate(5, 2, 0, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("5/0 → 5/2 → 3/4 → 1/5 → 0/5");
        assertThat(peak(steps)).isEqualTo(7);
        assertThat(minAvailable(steps)).isEqualTo(5);
    }

    @Test
    void daemonSetStalledWithSurgeKeepsEveryOldPod() {
        Steps steps = DaemonSetRollout.rollingUpdate(5, 2, 0, Assumption.STALLED);
        assertThat(oldNew(steps)).isEqualTo("5/0 → 5/2");
        assertThat(steps.outcome().reason()).isEqualTo("waits: 2 surge pods unavailable, maxSurge 2 reached");
    }

    @Test
    void daemonSetDefaultOneAtATimeOnThreeNodes() {
        assertThat(oldNew(DaemonSetRollout.rollingUpdate(3, 0, 1, Assumption.READY)))
                .isEqualTo("3/0 → 2/0 → 2/1 → 1/1 → 1/2 → 0/2 → 0/3");
    }

    @Test
    void example11StatefulSetPartitionThreeOfFive() {
        Steps steps = StatefulSetRollout.rollingUpdate("db", 5, 0, 3, false, null, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("5/0 → 4/0 → 4/1 → 3/1 → 3/2");
        assertThat(steps.steps().get(1).action()).isEqualTo("delete db-4");
        assertThat(steps.steps().get(2).action()).isEqualTo("create db-4 at the new revision");
        assertThat(minAvailable(steps)).isEqualTo(4);
        assertThat(steps.outcome().reason())
                .isEqualTo("2 pods updated (db-3 to db-4); pods below the partition (db-0 to db-2) stay on the old revision");
    }

    @Test
    void example12StatefulSetMaxUnavailableTwoWithTheGateOn() {
        Steps steps = StatefulSetRollout.rollingUpdate("db", 6, 0, 3, false, 2, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("6/0 → 4/0 → 4/1 → 4/2 → 3/2 → 3/3");
        assertThat(peak(steps)).isEqualTo(6);
        assertThat(minAvailable(steps)).isEqualTo(4);
    }

    @Test
    void statefulSetParallelCreatesTogether() {
        assertThat(oldNew(StatefulSetRollout.rollingUpdate("db", 6, 0, 3, true, 2, Assumption.READY)))
                .isEqualTo("6/0 → 4/0 → 4/2 → 3/2 → 3/3");
    }

    @Test
    void statefulSetStalledStopsAtTheFirstNewPodThatIsNotReady() {
        Steps steps = StatefulSetRollout.rollingUpdate("db", 3, 0, 0, false, null, Assumption.STALLED);
        assertThat(oldNew(steps)).isEqualTo("3/0 → 2/0 → 2/1");
        assertThat(steps.outcome().reason()).isEqualTo("waits: db-2 is not ready (OrderedReady goes no further)");
    }

    @Test
    void statefulSetOrdinalsStartNamesThePods() {
        Steps steps = StatefulSetRollout.rollingUpdate("db", 2, 5, 0, false, null, Assumption.READY);
        assertThat(steps.steps().get(1).action()).isEqualTo("delete db-6");
    }

    @Test
    void partitionAtOrAboveReplicasUpdatesNothing() {
        Steps steps = StatefulSetRollout.rollingUpdate("db", 3, 0, 3, false, null, Assumption.READY);
        assertThat(oldNew(steps)).isEqualTo("3/0");
    }
}
