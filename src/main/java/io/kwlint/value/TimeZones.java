package io.kwlint.value;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time zone names as the API server checks a CronJob's {@code timeZone}: each path element of
 * 1 to 14 characters of {@code [A-Za-z.\-_0-9+]}, not {@code .} or {@code ..}, not starting with
 * {@code -}, and known to the IANA time zone database (Go's {@code time.LoadLocation}; Java's
 * tzdb holds the same names).
 */
public final class TimeZones {

    private static final Pattern ELEMENT = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");
    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    /** Go's error text for a zone it cannot load, or empty when the zone is fine. */
    public static Optional<String> problem(String zone) {
        if (zone.equals("UTC") || zone.isEmpty()) {
            return Optional.empty();
        }
        for (String element : zone.split("/", -1)) {
            if (element.equals(".") || element.equals("..") || element.startsWith("-") || !ELEMENT.matcher(element).matches()) {
                return Optional.of("unknown time zone " + zone);
            }
        }
        if (!KNOWN.contains(zone)) {
            return Optional.of("unknown time zone " + zone);
        }
        return Optional.empty();
    }
}
