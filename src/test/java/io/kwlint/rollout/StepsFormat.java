package io.kwlint.rollout;

import java.util.stream.Collectors;

/** Steps as rollout-semantics.md writes them: {@code 3/0 → 2/1 → ...} (old/new). */
final class StepsFormat {

    private StepsFormat() {
    }

    static String oldNew(Steps steps) {
        return steps.steps().stream().map(s -> s.old() + "/" + s.updated()).collect(Collectors.joining(" → "));
    }

    static int peak(Steps steps) {
        return steps.steps().stream().mapToInt(Step::total).max().orElseThrow();
    }

    static int minAvailable(Steps steps) {
        return steps.steps().stream().mapToInt(Step::available).min().orElseThrow();
    }
}
