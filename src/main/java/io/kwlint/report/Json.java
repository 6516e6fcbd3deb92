package io.kwlint.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds ordered JSON objects tersely: {@code Json.object("a", 1, "b", "x")}; null values are left out. */
final class Json {

    private Json() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
