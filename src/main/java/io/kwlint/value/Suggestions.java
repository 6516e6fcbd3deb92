package io.kwlint.value;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?": the candidate nearest to a misspelt word, when it is near enough to help. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate with the smallest edit distance to {@code word} (case differences count
     * little), if that distance is at most a third of the word's length (at least 1): a
     * one-letter name is no typo of a two-letter one.
     */
    public static Optional<String> closest(Collection<String> candidates, String word) {
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> score(candidate, word)).thenComparing(c -> c))
                .filter(candidate -> score(candidate, word) <= Math.max(1, word.length() / 3));
    }

    private static int score(String candidate, String word) {
        if (candidate.equalsIgnoreCase(word)) {
            return 1;
        }
        return distance(candidate, word);
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
