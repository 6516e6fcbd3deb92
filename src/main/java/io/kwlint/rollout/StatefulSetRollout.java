package io.kwlint.rollout;

import java.util.ArrayList;
import java.util.List;

/**
 * The StatefulSet controller's RollingUpdate, pod by pod (rollout-semantics.md §4): highest index
 * first down to the partition, OrderedReady or Parallel, and maxUnavailable only where the
 * MaxUnavailableStatefulSet gate is on.
 */
public final class StatefulSetRollout {

    /** A pod by index: missing, or on a revision, healthy or not. */
    private enum Pod { MISSING, OLD, NEW, NEW_WAITING }

    private final Pod[] pods;
    private final int partition;
    private final boolean parallel;
    private final Integer maxUnavailable;
    private final Assumption assumption;
    private final int ordinalStart;
    private final String name;

    /**
     * @param maxUnavailable resolved maxUnavailable when the gate is on, or null when it is off
     */
    private StatefulSetRollout(String name, int replicas, int ordinalStart, int partition, boolean parallel,
            Integer maxUnavailable, Assumption assumption) {
        this.name = name;
        this.pods = new Pod[replicas];
        java.util.Arrays.fill(pods, Pod.OLD);
        this.ordinalStart = ordinalStart;
        this.partition = partition;
        this.parallel = parallel;
        this.maxUnavailable = maxUnavailable;
        this.assumption = assumption;
    }

    public static Steps rollingUpdate(String name, int replicas, int ordinalStart, int partition, boolean parallel,
            Integer maxUnavailable, Assumption assumption) {
        return new StatefulSetRollout(name, replicas, ordinalStart, partition, parallel, maxUnavailable, assumption).run();
    }

    private Steps run() {
        Steps.Recorder steps = new Steps.Recorder(new Step(pods.length, 0, pods.length, "before the update"));
        while (true) {
            if (assumption == Assumption.READY) {
                for (int i = 0; i < pods.length; i++) {
                    pods[i] = pods[i] == Pod.NEW_WAITING ? Pod.NEW : pods[i];
                }
            }
            String action = reconcile();
            if (action == null) {
                return steps.end(ending());
            }
            if (!steps.add(new Step(count(Pod.OLD), count(Pod.NEW) + count(Pod.NEW_WAITING), count(Pod.OLD) + count(Pod.NEW),
                    action))) {
                return steps.truncated();
            }
        }
    }

    private Outcome ending() {
        int updatable = Math.max(0, pods.length - partition);
        if (count(Pod.NEW) == updatable && count(Pod.MISSING) == 0) {
            String below = partition > 0 && partition < pods.length
                    ? "; pods below the partition (" + pods(0, partition) + ") stay on the old revision"
                    : "";
            String which = updatable == 0 ? "" : " (" + pods(partition, pods.length) + ")";
            return Outcome.complete(Steps.pods(updatable) + " updated" + which + below);
        }
        for (int i = pods.length - 1; i >= 0; i--) {
            if (pods[i] != Pod.OLD && pods[i] != Pod.NEW) {
                return Outcome.stalled("waits: " + podName(i) + " is not ready"
                        + (parallel ? "" : " (OrderedReady goes no further)"));
            }
        }
        return Outcome.stalled("waits for unhealthy pods");
    }

    private String reconcile() {
        String created = createMissing();
        if (created != null) {
            return created;
        }
        for (Pod pod : pods) {
            if (!parallel && pod != Pod.OLD && pod != Pod.NEW) {
                return null;
            }
        }
        return maxUnavailable == null ? updateOneAtATime() : updateUpToMaxUnavailable();
    }

    /** Missing pods are created in ascending order; OrderedReady creates one and ends the sync. */
    private String createMissing() {
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < pods.length; i++) {
            if (pods[i] == Pod.MISSING) {
                pods[i] = i < partition ? Pod.OLD : Pod.NEW_WAITING;
                created.add(i);
                if (!parallel) {
                    break;
                }
            } else if (!parallel && pods[i] == Pod.NEW_WAITING) {
                return null;
            }
        }
        if (created.isEmpty()) {
            return null;
        }
        return "create " + names(created) + " at the new revision";
    }

    /** Gate off: the highest pod not yet updated is deleted, once every pod above it is healthy. */
    private String updateOneAtATime() {
        for (int i = pods.length - 1; i >= partition; i--) {
            if (pods[i] == Pod.OLD) {
                pods[i] = Pod.MISSING;
                return "delete " + podName(i);
            }
            if (pods[i] != Pod.NEW) {
                return null;
            }
        }
        return null;
    }

    /** Gate on: delete old pods, highest first, while fewer than maxUnavailable pods are unhealthy. */
    private String updateUpToMaxUnavailable() {
        int unhealthy = pods.length - count(Pod.OLD) - count(Pod.NEW);
        List<Integer> deleted = new ArrayList<>();
        for (int i = pods.length - 1; i >= partition && unhealthy + deleted.size() < maxUnavailable; i--) {
            if (pods[i] == Pod.OLD) {
                pods[i] = Pod.MISSING;
                deleted.add(i);
            }
        }
        return deleted.isEmpty() ? null : "delete " + names(deleted);
    }

    private int count(Pod state) {
        int n = 0;
        for (Pod pod : pods) {
            n += pod == state ? 1 : 0;
        }
        return n;
    }

    private String podName(int index) {
        return name + "-" + (ordinalStart + index);
    }

    private String names(List<Integer> indexes) {
        return String.join(", ", indexes.stream().map(this::podName).toList());
    }

    private String pods(int from, int to) {
        if (to - from == 1) {
            return podName(from);
        }
        return podName(from) + " to " + podName(to - 1);
    }
}
