package io.kwlint.rollout;

import java.util.ArrayList;
import java.util.List;

/**
 * The waves of pods a Job runs when every pod succeeds before the next sync (rollout-semantics.md
 * §5): {@code min(parallelism, completions - done)} at a time, the lowest pending indexes first
 * for an Indexed Job, one wave of {@code parallelism} pods for a work queue.
 */
public final class JobWaves {

    /** Waves listed before the preview says how many more follow. */
    public static final int MAX_WAVES = 1_000;

    /** One wave: how many pods run together, and for an Indexed Job which indexes. */
    public record Wave(int pods, List<Integer> indexes) {
        public Wave {
            indexes = indexes == null ? null : List.copyOf(indexes);
        }
    }

    /**
     * The waves, and how many more there are beyond {@link #MAX_WAVES}.
     *
     * @param completions null for a work queue
     */
    public record Plan(List<Wave> waves, long moreWaves) {
        public Plan {
            waves = List.copyOf(waves);
        }

        public int peakPods() {
            return waves.stream().mapToInt(Wave::pods).max().orElse(0);
        }
    }

    private JobWaves() {
    }

    public static Plan plan(Integer completions, int parallelism, boolean indexed, boolean suspended) {
        List<Wave> waves = new ArrayList<>();
        if (suspended || parallelism == 0 || (completions != null && completions == 0)) {
            return new Plan(waves, 0);
        }
        if (completions == null) {
            waves.add(new Wave(parallelism, null));
            return new Plan(waves, 0);
        }
        long done = 0;
        long total = (completions + (long) parallelism - 1) / parallelism;
        while (done < completions && waves.size() < MAX_WAVES) {
            int size = (int) Math.min(parallelism, completions - done);
            List<Integer> indexes = null;
            if (indexed) {
                indexes = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    indexes.add((int) done + i);
                }
            }
            waves.add(new Wave(size, indexes));
            done += size;
        }
        return new Plan(waves, total - waves.size());
    }
}
