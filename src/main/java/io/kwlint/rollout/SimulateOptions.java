package io.kwlint.rollout;

import io.kwlint.model.Target;
import java.time.ZonedDateTime;

/**
 * How to preview.
 *
 * @param target     the Kubernetes version and feature gates (StatefulSet maxUnavailable, sidecars)
 * @param assumption whether new pods become ready
 * @param nodes      eligible nodes for a DaemonSet
 * @param from       the time after which a CronJob's runs are listed
 * @param runs       how many CronJob runs to list
 */
public record SimulateOptions(Target target, Assumption assumption, int nodes, ZonedDateTime from, int runs) {

    public static final int DEFAULT_NODES = 3;
    public static final int DEFAULT_RUNS = 5;
    public static final int MAX_NODES = 100_000;

    /**
     * The previews {@code check --simulate} and the Maven plugin show: pods become ready, a
     * DaemonSet on {@value #DEFAULT_NODES} nodes, the next {@value #DEFAULT_RUNS} CronJob runs from now.
     */
    public static SimulateOptions defaults(Target target) {
        return new SimulateOptions(target, Assumption.READY, DEFAULT_NODES,
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC), DEFAULT_RUNS);
    }

    public SimulateOptions {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be between 1 and " + MAX_NODES);
        }
        if (runs < 1 || runs > 1000) {
            throw new IllegalArgumentException("runs must be between 1 and 1000");
        }
    }
}
