package io.kwlint.value;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CronJob schedule, parsed and evaluated as the CronJob controller does with robfig/cron v3's
 * {@code ParseStandard}: five fields (minute, hour, day of month, month, day of week, with names,
 * ranges, steps, {@code *} and {@code ?}) or a descriptor ({@code @hourly}, {@code @every 1h30m}).
 * Parse errors carry the library's own wording, which is what the API server prints.
 */
public final class CronSchedule {

    /** The result of parsing: a schedule or the parser's error. */
    public record Parsed(CronSchedule schedule, String error) {
        public boolean ok() {
            return schedule != null;
        }
    }

    private record Bounds(int min, int max, Map<String, Integer> names) {
    }

    private static final long STAR_BIT = 1L << 63;
    private static final Bounds MINUTES = new Bounds(0, 59, Map.of());
    private static final Bounds HOURS = new Bounds(0, 23, Map.of());
    private static final Bounds DOM = new Bounds(1, 31, Map.of());
    private static final Bounds MONTHS = new Bounds(1, 12, Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12)));
    private static final Bounds DOW = new Bounds(0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4,
            "fri", 5, "sat", 6));

    private final String spec;
    private final long minute;
    private final long hour;
    private final long dom;
    private final long month;
    private final long dow;
    private final Duration every;

    private CronSchedule(String spec, long minute, long hour, long dom, long month, long dow, Duration every) {
        this.spec = spec;
        this.minute = minute;
        this.hour = hour;
        this.dom = dom;
        this.month = month;
        this.dow = dow;
        this.every = every;
    }

    /** Parses like {@code cron.ParseStandard}. A {@code TZ=}/{@code CRON_TZ=} prefix is accepted here. */
    public static Parsed parse(String text) {
        try {
            return new Parsed(parseOrThrow(text), null);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, e.getMessage());
        }
    }

    private static CronSchedule parseOrThrow(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty spec string");
        }
        String spec = text;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            int eq = spec.indexOf('=');
            String zone = space < 0 ? spec.substring(eq + 1) : spec.substring(eq + 1, space);
            if (!zone.equals("Local") && TimeZones.problem(zone).isPresent()) {
                throw new IllegalArgumentException("provided bad location " + zone + ": unknown time zone " + zone);
            }
            spec = space < 0 ? "" : spec.substring(space).strip();
        }
        if (spec.startsWith("@")) {
            return descriptor(spec);
        }
        String[] fields = spec.isBlank() ? new String[0] : spec.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected exactly 5 fields, found " + fields.length + ": ["
                    + String.join(" ", fields) + "]");
        }
        return new CronSchedule(text, field(fields[0], MINUTES), field(fields[1], HOURS), field(fields[2], DOM),
                field(fields[3], MONTHS), field(fields[4], DOW), null);
    }

    private static CronSchedule descriptor(String spec) {
        long allDom = bits(DOM.min, DOM.max, 1) | STAR_BIT;
        long allMonths = bits(MONTHS.min, MONTHS.max, 1) | STAR_BIT;
        long allDow = bits(DOW.min, DOW.max, 1) | STAR_BIT;
        long allHours = bits(HOURS.min, HOURS.max, 1) | STAR_BIT;
        switch (spec) {
            case "@yearly", "@annually" -> {
                return new CronSchedule(spec, 1, 1, 1L << 1, 1L << 1, allDow, null);
            }
            case "@monthly" -> {
                return new CronSchedule(spec, 1, 1, 1L << 1, allMonths, allDow, null);
            }
            case "@weekly" -> {
                return new CronSchedule(spec, 1, 1, allDom, allMonths, 1, null);
            }
            case "@daily", "@midnight" -> {
                return new CronSchedule(spec, 1, 1, allDom, allMonths, allDow, null);
            }
            case "@hourly" -> {
                return new CronSchedule(spec, 1, allHours, allDom, allMonths, allDow, null);
            }
            default -> {
            }
        }
        String every = "@every ";
        if (spec.startsWith(every)) {
            Duration duration = GoDuration.parse(spec.substring(every.length()))
                    .orElseThrow(() -> new IllegalArgumentException("failed to parse duration " + spec + ": time: invalid duration "
                            + ApiError.quote(spec.substring(every.length()))));
            return new CronSchedule(spec, 0, 0, 0, 0, 0, duration);
        }
        throw new IllegalArgumentException("unrecognized descriptor: " + spec);
    }

    private static long field(String field, Bounds bounds) {
        long result = 0;
        for (String range : field.split(",")) {
            if (!range.isEmpty()) {
                result |= range(range, bounds);
            }
        }
        return result;
    }

    private static long range(String expr, Bounds bounds) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        int start;
        int end;
        long extra = 0;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = bounds.min;
            end = bounds.max;
            extra = STAR_BIT;
        } else {
            start = intOrName(lowAndHigh[0], bounds);
            if (lowAndHigh.length == 1) {
                end = start;
            } else if (lowAndHigh.length == 2) {
                end = intOrName(lowAndHigh[1], bounds);
            } else {
                throw new IllegalArgumentException("too many hyphens: " + expr);
            }
        }
        int step;
        if (rangeAndStep.length == 1) {
            step = 1;
        } else if (rangeAndStep.length == 2) {
            step = number(rangeAndStep[1]);
            if (single) {
                end = bounds.max;
            }
            if (step > 1) {
                extra = 0;
            }
        } else {
            throw new IllegalArgumentException("too many slashes: " + expr);
        }
        if (start < bounds.min) {
            throw new IllegalArgumentException("beginning of range (" + start + ") below minimum (" + bounds.min + "): " + expr);
        }
        if (end > bounds.max) {
            throw new IllegalArgumentException("end of range (" + end + ") above maximum (" + bounds.max + "): " + expr);
        }
        if (start > end) {
            throw new IllegalArgumentException("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
        }
        if (step == 0) {
            throw new IllegalArgumentException("step of range should be a positive number: " + expr);
        }
        return bits(start, end, step) | extra;
    }

    private static int intOrName(String expr, Bounds bounds) {
        Integer named = bounds.names.get(expr.toLowerCase(Locale.ROOT));
        return named != null ? named : number(expr);
    }

    /** Go's strconv.Atoi, with robfig's wording for its errors. */
    private static int number(String expr) {
        int value;
        try {
            value = Integer.parseInt(expr.startsWith("+") ? expr.substring(1) : expr);
            if (expr.startsWith("+-") || expr.isEmpty()) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            String reason = expr.matches("[+-]?[0-9]+") ? "value out of range" : "invalid syntax";
            throw new IllegalArgumentException("failed to parse int from " + expr + ": strconv.Atoi: parsing "
                    + ApiError.quote(expr) + ": " + reason);
        }
        if (value < 0) {
            throw new IllegalArgumentException("negative number (" + value + ") not allowed: " + expr);
        }
        return value;
    }

    private static long bits(int min, int max, int step) {
        long bits = 0;
        for (int i = min; i <= max; i += step) {
            bits |= 1L << i;
        }
        return bits;
    }

    /** The schedule as written. */
    public String spec() {
        return spec;
    }

    /** The first run strictly after {@code after}, in {@code zone}; empty if none within five years. */
    public Optional<ZonedDateTime> next(ZonedDateTime after, ZoneId zone) {
        if (every != null) {
            // robfig's ConstantDelaySchedule: rounded to the second, at least one second.
            Duration delay = every.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                    : Duration.ofSeconds(every.getSeconds());
            return Optional.of(after.withZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS).plus(delay));
        }
        ZonedDateTime t = after.withZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        int yearLimit = t.getYear() + 5;
        boolean added = false;
        wrap:
        while (true) {
            if (t.getYear() > yearLimit) {
                return Optional.empty();
            }
            while ((1L << t.getMonthValue() & month) == 0) {
                if (!added) {
                    added = true;
                    t = ZonedDateTime.of(LocalDateTime.of(t.getYear(), t.getMonthValue(), 1, 0, 0), zone);
                }
                t = t.plusMonths(1);
                if (t.getMonthValue() == 1) {
                    continue wrap;
                }
            }
            while (!dayMatches(t)) {
                if (!added) {
                    added = true;
                    t = ZonedDateTime.of(t.toLocalDate().atStartOfDay(), zone);
                }
                t = t.plusDays(1);
                if (t.getDayOfMonth() == 1) {
                    continue wrap;
                }
            }
            while ((1L << t.getHour() & hour) == 0) {
                if (!added) {
                    added = true;
                    t = t.truncatedTo(ChronoUnit.HOURS);
                }
                t = t.plusHours(1);
                if (t.getHour() == 0) {
                    continue wrap;
                }
            }
            while ((1L << t.getMinute() & minute) == 0) {
                if (!added) {
                    added = true;
                    t = t.truncatedTo(ChronoUnit.MINUTES);
                }
                t = t.plusMinutes(1);
                if (t.getMinute() == 0) {
                    continue wrap;
                }
            }
            if (t.getSecond() != 0) {
                // Standard schedules fire at second 0: on to the next minute, and check it all again.
                added = true;
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
                continue;
            }
            return Optional.of(t);
        }
    }

    /** With both day fields restricted either may match; with either a star, both must. */
    private boolean dayMatches(ZonedDateTime t) {
        boolean domMatch = (1L << t.getDayOfMonth() & dom) != 0;
        int weekday = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue();
        boolean dowMatch = (1L << weekday & dow) != 0;
        if ((dom & STAR_BIT) != 0 || (dow & STAR_BIT) != 0) {
            return domMatch && dowMatch;
        }
        return domMatch || dowMatch;
    }

    /** The next {@code count} runs after {@code after}. */
    public List<ZonedDateTime> nextRuns(ZonedDateTime after, ZoneId zone, int count) {
        ZonedDateTime[] runs = new ZonedDateTime[count];
        ZonedDateTime t = after;
        int n = 0;
        while (n < count) {
            Optional<ZonedDateTime> next = next(t, zone);
            if (next.isEmpty()) {
                break;
            }
            runs[n++] = next.get();
            t = next.get();
        }
        return Arrays.asList(Arrays.copyOf(runs, n));
    }

    @Override
    public String toString() {
        return spec;
    }
}
