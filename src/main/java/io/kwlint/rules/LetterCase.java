package io.kwlint.rules;

import io.kwlint.yaml.Node;
import java.util.List;
import java.util.Optional;

/** Enumeration values written in the wrong letter case ({@code protocol: tcp}): their fix is mechanical. */
final class LetterCase {

    private LetterCase() {
    }

    /** The one supported value that {@code value} spells in another letter case, if there is exactly one. */
    static Optional<String> correction(Node value, List<String> supported) {
        Optional<String> text = value.asString();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> matches = supported.stream().filter(s -> s.equalsIgnoreCase(text.get()) && !s.equals(text.get())).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
