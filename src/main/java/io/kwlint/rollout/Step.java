package io.kwlint.rollout;

/**
 * The state right after one reconcile that changed something (step 0: before the update).
 *
 * @param old       pods on the old revision (a Deployment: replicas of the old ReplicaSet)
 * @param updated   pods on the new revision
 * @param available pods available at that moment; pods created by this very reconcile are not yet
 * @param action    what the reconcile did, e.g. "scale new up by 2"
 * @param quotaBlocked whether a ResourceQuota kept pods the controller wanted from being created
 */
public record Step(int old, int updated, int available, String action, boolean quotaBlocked) {

    public Step(int old, int updated, int available, String action) {
        this(old, updated, available, action, false);
    }

    public int total() {
        return old + updated;
    }
}
