package io.kwlint.podsecurity;

import java.util.Collection;
import java.util.stream.Collectors;

/** The admission controller's helpers for its messages (pluralize, joinQuote). */
final class Words {

    private Words() {
    }

    static String plural(String singular, String plural, int count) {
        return count == 1 ? singular : plural;
    }

    /** {@code "a", "b"}: each item in double quotes, comma-separated. */
    static String joinQuote(Collection<String> items) {
        return items.isEmpty() ? "" : items.stream().collect(Collectors.joining("\", \"", "\"", "\""));
    }

    /** {@code container "a"} or {@code containers "a", "b"}. */
    static String containers(Collection<String> names) {
        return plural("container", "containers", names.size()) + " " + joinQuote(names);
    }

    /** Go's {@code %q} of a string. */
    static String goQuote(String text) {
        return io.kwlint.value.ApiError.quote(text);
    }
}
