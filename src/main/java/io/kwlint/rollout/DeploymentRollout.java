package io.kwlint.rollout;

/**
 * The Deployment controller's RollingUpdate and Recreate, reconcile by reconcile
 * (rollout-semantics.md §2), from all {@code replicas} pods on one old ReplicaSet to all on the new.
 */
public final class DeploymentRollout {

    private DeploymentRollout() {
    }

    /**
     * @param replicas       spec.replicas (R)
     * @param maxSurge       resolved surge S (ceil of a percent)
     * @param maxUnavailable resolved U (floor, fencepost, clamp)
     */
    public static Steps rollingUpdate(int replicas, int maxSurge, int maxUnavailable, Assumption assumption) {
        return rollingUpdate(replicas, maxSurge, maxUnavailable, assumption, Long.MAX_VALUE);
    }

    /**
     * The same under a ResourceQuota that lets only {@code capacity} pods of this template exist:
     * the ReplicaSet controller creates the new pods only as old ones free room.
     */
    public static Steps rollingUpdate(int replicas, int maxSurge, int maxUnavailable, Assumption assumption,
            long capacity) {
        return new RollingUpdate(replicas, maxSurge, maxUnavailable, assumption, capacity).run();
    }

    /** Old to zero, wait until no old pod exists, then the new ReplicaSet at {@code replicas}. */
    public static Steps recreate(int replicas, Assumption assumption) {
        Steps.Recorder steps = new Steps.Recorder(new Step(replicas, 0, replicas, "before the update"));
        if (replicas == 0) {
            steps.add(new Step(0, 0, 0, "create new ReplicaSet with 0 pods"));
            return steps.end(Outcome.complete("nothing to run: replicas is 0"));
        }
        steps.add(new Step(0, 0, 0, "scale old down to 0 (every pod at once: a full outage)"));
        steps.add(new Step(0, replicas, 0, "no old pod left: create new ReplicaSet with " + Steps.pods(replicas)));
        return assumption == Assumption.READY
                ? steps.end(Outcome.complete(replicas + " new pods available"))
                : steps.end(Outcome.stalled("no pod is available until the new pods become ready"));
    }

    /** One old ReplicaSet and the new one, as spec replicas and available pods. */
    private static final class RollingUpdate {
        private final int replicas;
        private final int surge;
        private final int unavailable;
        private final Assumption assumption;
        private final long capacity;
        private int oldSpec;
        private int oldAvailable;
        private int newSpec = -1;
        private int newCreated;
        private int newAvailable;

        RollingUpdate(int replicas, int surge, int unavailable, Assumption assumption, long capacity) {
            this.replicas = replicas;
            this.surge = surge;
            this.unavailable = unavailable;
            this.assumption = assumption;
            this.capacity = capacity;
            this.oldSpec = replicas;
            this.oldAvailable = replicas;
        }

        Steps run() {
            Steps.Recorder steps = new Steps.Recorder(new Step(oldSpec, 0, oldAvailable, "before the update"));
            while (true) {
                String action = reconcile();
                if (action == null) {
                    return steps.end(ending());
                }
                action += createPods();
                if (!steps.add(new Step(oldSpec, newCreated, oldAvailable + newAvailable, action, newCreated < newSpec))) {
                    return steps.truncated();
                }
                if (assumption == Assumption.READY) {
                    newAvailable = newCreated;
                }
            }
        }

        /**
         * The ReplicaSet controller creates the new ReplicaSet's pods, as far as the quota lets it;
         * a note for the action when it cannot create them all.
         */
        private String createPods() {
            long room = Math.max(0, capacity - oldSpec);
            newCreated = (int) Math.min(newSpec, Math.max(newCreated, room));
            return newCreated < newSpec ? " (quota: " + newCreated + " of " + newSpec + " new pods created)" : "";
        }

        private Outcome ending() {
            if (newCreated < newSpec) {
                return Outcome.stalled("waits: the ResourceQuota leaves room for " + capacity + " pods, so the new"
                        + " ReplicaSet cannot create " + Steps.pods(newSpec - newCreated) + "; old pods are removed only"
                        + " while more than " + (replicas - unavailable) + " (replicas - maxUnavailable) are available");
            }
            if (oldSpec == 0 && newSpec == replicas) {
                return Outcome.complete(assumption == Assumption.READY
                        ? Steps.pods(replicas) + " on the new revision, all available"
                        : "every pod is on the new revision, but none is ready");
            }
            int waiting = newSpec - newAvailable;
            return Outcome.stalled("waits: " + waiting + " new " + (waiting == 1 ? "pod" : "pods")
                    + " unavailable, maxUnavailable " + unavailable + " reached; " + (oldAvailable + newAvailable)
                    + " available of " + replicas);
        }

        /** One sync; the action taken, or null when it changed nothing. */
        private String reconcile() {
            StringBuilder action = new StringBuilder();
            if (newSpec < 0) {
                newSpec = newTarget(0);
                newCreated = 0;
                newAvailable = 0;
                action.append("create new ReplicaSet with ").append(Steps.pods(newSpec));
            } else if (newSpec < replicas && newTarget(newSpec) != newSpec) {
                int target = newTarget(newSpec);
                String scaled = "scale new up by " + (target - newSpec);
                newSpec = target;
                return scaled;
            }
            int minAvailable = replicas - unavailable;
            int budget = oldSpec + newSpec - minAvailable - (newSpec - newAvailable);
            if (oldSpec > 0 && budget > 0) {
                int available = oldAvailable + newAvailable;
                int down = Math.min(oldSpec, Math.max(0, available - minAvailable));
                if (down > 0) {
                    oldSpec -= down;
                    oldAvailable = Math.min(oldAvailable, oldSpec);
                    action.append(action.length() > 0 ? ", " : "").append("scale old down by ").append(down);
                }
            }
            return action.length() == 0 ? null : action.toString();
        }

        /** How far the new ReplicaSet may grow: up to R + S pods in all, at most R on the new. */
        private int newTarget(int current) {
            int total = oldSpec + Math.max(current, 0);
            if (total >= replicas + surge) {
                return current;
            }
            return current + Math.min(replicas + surge - total, replicas - current);
        }
    }
}
