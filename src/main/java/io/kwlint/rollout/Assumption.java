package io.kwlint.rollout;

import java.util.Locale;

/** What the preview assumes about the new pods (rollout-semantics.md §0). */
public enum Assumption {
    /** Every pod becomes Running, Ready and Available before the next reconcile; old pods are healthy. */
    READY("every pod becomes ready before the next reconcile"),
    /** No new pod ever becomes ready: the preview shows where the rollout stops. */
    STALLED("no new pod ever becomes ready");

    private final String description;

    Assumption(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }
}
