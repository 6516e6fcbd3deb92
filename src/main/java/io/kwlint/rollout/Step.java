package io.kwlint.rollout;

/**
 * The state right after one reconcile that changed something (step 0: before the update).
 *
 * @param old       pods on the old revision (a Deployment: replicas of the old ReplicaSet)
 * @param updated   pods on the new revision
 * @param available pods available at that moment; pods created by this very reconcile are not yet
 * @param action    what the reconcile did, e.g. "scale new up by 2"
 */
public record Step(int old, int updated, int available, String action) {

    public int total() {
        return old + updated;
    }
}
