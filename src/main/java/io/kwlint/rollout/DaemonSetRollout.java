package io.kwlint.rollout;

/**
 * The DaemonSet controller's RollingUpdate over {@code nodes} eligible nodes (rollout-semantics.md
 * §3). Which nodes it picks is not deterministic upstream, so only counts are modelled: nodes with
 * only an old pod, only a new pod, both, or none.
 */
public final class DaemonSetRollout {

    /** Per sync the controller creates and deletes at most this many pods (burstReplicas). */
    static final int BURST = 250;

    private final int nodes;
    private final int surge;
    private final int unavailable;
    private final Assumption assumption;
    private int oldOnly;
    private int newOnlyAvailable;
    private int newOnlyWaiting;
    private int bothNewAvailable;
    private int bothNewWaiting;
    private int empty;

    private DaemonSetRollout(int nodes, int surge, int unavailable, Assumption assumption) {
        this.nodes = nodes;
        this.surge = surge;
        this.unavailable = unavailable;
        this.assumption = assumption;
        this.oldOnly = nodes;
    }

    /**
     * @param surge       resolved maxSurge (ceil of a percent of nodes); exactly one of the two is non-zero
     * @param unavailable resolved maxUnavailable (ceil of a percent of nodes)
     */
    public static Steps rollingUpdate(int nodes, int surge, int unavailable, Assumption assumption) {
        return new DaemonSetRollout(nodes, surge, unavailable, assumption).run();
    }

    private Steps run() {
        Steps.Recorder steps = new Steps.Recorder(new Step(nodes, 0, nodes, "before the update"));
        while (true) {
            if (assumption == Assumption.READY) {
                newOnlyAvailable += newOnlyWaiting;
                newOnlyWaiting = 0;
                bothNewAvailable += bothNewWaiting;
                bothNewWaiting = 0;
            }
            String action = reconcile();
            if (action == null) {
                return steps.end(ending());
            }
            if (!steps.add(new Step(oldPods(), newPods(), availablePods(), action))) {
                return steps.truncated();
            }
        }
    }

    private Outcome ending() {
        if (oldPods() == 0 && newPods() == nodes) {
            return Outcome.complete(assumption == Assumption.READY
                    ? "a new pod on each of the " + nodes + " nodes, all available"
                    : "a new pod on every node, but none is ready");
        }
        int waiting = newOnlyWaiting + bothNewWaiting;
        return surge > 0
                ? Outcome.stalled("waits: " + waiting + " surge pods unavailable, maxSurge " + surge + " reached")
                : Outcome.stalled("waits: " + waiting + " new pods unavailable, maxUnavailable " + unavailable
                        + " reached; " + availablePods() + " of " + nodes + " nodes run an available pod");
    }

    /** manage (create on empty nodes, drop the old pod beside an available new one), then rollingUpdate. */
    private String reconcile() {
        StringBuilder action = new StringBuilder();
        int created = Math.min(empty, BURST);
        if (created > 0) {
            empty -= created;
            newOnlyWaiting += created;
            append(action, "create " + created + " new on empty nodes");
        }
        int deletedBeside = 0;
        if (surge > 0 && bothNewAvailable > 0) {
            deletedBeside = Math.min(bothNewAvailable, BURST);
            bothNewAvailable -= deletedBeside;
            newOnlyAvailable += deletedBeside;
            append(action, "delete " + deletedBeside + " old beside available new ones");
        }
        if (surge > 0) {
            int surging = newOnlyWaiting + bothNewWaiting;
            int add = Math.min(Math.min(Math.max(surge - surging, 0), oldOnly), BURST - created);
            if (add > 0) {
                oldOnly -= add;
                bothNewWaiting += add;
                append(action, "create " + add + " new beside old ones");
            }
        } else {
            int unavailableNow = empty + newOnlyWaiting + bothNewWaiting;
            int delete = Math.min(Math.min(Math.max(unavailable - unavailableNow, 0), oldOnly), BURST);
            if (delete > 0) {
                oldOnly -= delete;
                empty += delete;
                append(action, "delete " + delete + " old");
            }
        }
        return action.length() == 0 ? null : action.toString();
    }

    private static void append(StringBuilder action, String text) {
        action.append(action.length() > 0 ? ", " : "").append(text);
    }

    private int oldPods() {
        return oldOnly + bothNewAvailable + bothNewWaiting;
    }

    private int newPods() {
        return newOnlyAvailable + newOnlyWaiting + bothNewAvailable + bothNewWaiting;
    }

    /** Old pods are healthy; a new pod counts once it is available. */
    private int availablePods() {
        return oldPods() + newOnlyAvailable + bothNewAvailable;
    }
}
