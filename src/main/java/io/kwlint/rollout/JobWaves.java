package io.kwlint.rollout;

import java.util.ArrayList;
import java.util.List;

/**
 * The waves of pods a Job runs when every pod succeeds before the next sync (rollout-semantics.md
 * §5): {@code min(parallelism, completions - done)} at a time, and at most
 * {@value #MAX_CREATES_PER_SYNC} (the Job controller's cap on pod creations per sync); the lowest
 * pending indexes first for an Indexed Job; one wave of {@code parallelism} pods for a work queue.
 * A wave's indexes are consecutive, so it holds them as a range: the plan costs what it lists,
 * whatever the numbers in the manifest.
 */
public final class JobWaves {

    /** Waves listed before the preview says how many more follow. */
    public static final int MAX_WAVES = 1_000;
    /** The Job controller creates at most this many pods in one sync ({@code MaxPodCreateDeletePerSync}). */
    public static final int MAX_CREATES_PER_SYNC = 500;

    /**
     * One wave: how many pods run together, and for an Indexed Job the first of their consecutive
     * indexes (null otherwise).
     */
    public record Wave(int pods, Integer firstIndex) {

        /** The indexes as Kubernetes writes index sets ({@code completedIndexes}): "0-499", "7"; null without. */
        public String indexes() {
            if (firstIndex == null) {
                return null;
            }
            int last = firstIndex + pods - 1;
            return last == firstIndex ? String.valueOf(firstIndex) : firstIndex + "-" + last;
        }
    }

    /**
     * The waves, and how many more there are beyond {@link #MAX_WAVES}.
     *
     * @param firstWaveCapped whether the first wave is smaller than parallelism only because of
     *                        the controller's cap per sync
     */
    public record Plan(List<Wave> waves, long moreWaves, boolean firstWaveCapped) {
        public Plan {
            waves = List.copyOf(waves);
        }

        public int peakPods() {
            return waves.stream().mapToInt(Wave::pods).max().orElse(0);
        }
    }

    private JobWaves() {
    }

    /** @param completions null for a work queue */
    public static Plan plan(Integer completions, int parallelism, boolean indexed, boolean suspended) {
        List<Wave> waves = new ArrayList<>();
        if (suspended || parallelism <= 0 || (completions != null && completions <= 0)) {
            return new Plan(waves, 0, false);
        }
        if (completions == null) {
            // Work queue: the pods run until one succeeds; the next syncs create the rest while
            // the first ones still run, so they are one wave.
            waves.add(new Wave(parallelism, null));
            return new Plan(waves, 0, false);
        }
        int perWave = Math.min(parallelism, MAX_CREATES_PER_SYNC);
        long done = 0;
        long total = (completions + (long) perWave - 1) / perWave;
        while (done < completions && waves.size() < MAX_WAVES) {
            int size = (int) Math.min(perWave, completions - done);
            waves.add(new Wave(size, indexed ? (int) done : null));
            done += size;
        }
        boolean capped = parallelism > MAX_CREATES_PER_SYNC && completions > MAX_CREATES_PER_SYNC;
        return new Plan(waves, total - waves.size(), capped);
    }
}
