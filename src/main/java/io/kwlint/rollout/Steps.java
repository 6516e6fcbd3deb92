package io.kwlint.rollout;

import java.util.ArrayList;
import java.util.List;

/** The steps of a rolling update and how it ended; bounded so that no preview runs forever. */
public record Steps(List<Step> steps, Outcome outcome) {

    /** No real rollout needs more reconciles than this (one pod per step for 5,000 replicas). */
    public static final int MAX_STEPS = 10_000;

    public Steps {
        steps = List.copyOf(steps);
    }

    /** The first step at which a ResourceQuota kept the controller from creating pods, or -1. */
    public int firstQuotaBlock() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).quotaBlocked()) {
                return i;
            }
        }
        return -1;
    }

    /** Collects steps up to {@link #MAX_STEPS}. */
    static final class Recorder {
        private final List<Step> steps = new ArrayList<>();

        Recorder(Step before) {
            steps.add(before);
        }

        /** Records a step; false once the bound is reached. */
        boolean add(Step step) {
            steps.add(step);
            return steps.size() <= MAX_STEPS;
        }

        Steps end(Outcome outcome) {
            return new Steps(steps, outcome);
        }

        Steps truncated() {
            return new Steps(steps, Outcome.truncated(steps.size() - 1));
        }

        int count() {
            return steps.size() - 1;
        }
    }

    static String pods(int count) {
        return count + (count == 1 ? " pod" : " pods");
    }
}
