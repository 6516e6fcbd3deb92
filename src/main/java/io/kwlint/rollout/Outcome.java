package io.kwlint.rollout;

/**
 * How a preview ends.
 *
 * @param kind   complete, stalled, no rollout (paused, OnDelete...), rejected (the API server refuses
 *               the object, so there is nothing to roll out), or truncated at a bound
 * @param reason a sentence for people, e.g. "waits: 5 new pods unavailable, maxUnavailable 2 reached"
 */
public record Outcome(Kind kind, String reason) {

    public enum Kind {
        COMPLETE, STALLED, NO_ROLLOUT, REJECTED, TRUNCATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static Outcome complete(String reason) {
        return new Outcome(Kind.COMPLETE, reason);
    }

    static Outcome stalled(String reason) {
        return new Outcome(Kind.STALLED, reason);
    }

    static Outcome noRollout(String reason) {
        return new Outcome(Kind.NO_ROLLOUT, reason);
    }

    static Outcome rejected(String reason) {
        return new Outcome(Kind.REJECTED, reason);
    }

    static Outcome truncated(int steps) {
        return new Outcome(Kind.TRUNCATED, "stopped after " + steps + " steps (kwlint's bound); the rollout goes on");
    }

    static Outcome truncated(String why) {
        return new Outcome(Kind.TRUNCATED, why);
    }
}
