package io.kwlint.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Types plain scalars the way kubectl does. kubectl turns YAML into JSON with sigs.k8s.io/yaml,
 * which uses go-yaml v2: YAML 1.1 booleans ({@code yes}, {@code on}, {@code y}), Go integer
 * syntax ({@code 0x1F}, {@code 0777} octal, underscores), timestamps kept as strings. A YAML 1.2
 * resolver would call {@code enabled: yes} a string where the API server sees a boolean.
 */
final class ScalarResolver {

    static final String MERGE = "<<";

    private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern GO_INT = Pattern.compile("^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[0-7]*|0[bB][01]+|[1-9][0-9]*)$");

    private static final Map<String, Object> SPECIAL = new HashMap<>();

    /** go-yaml's integer range: what strconv.ParseInt or ParseUint accept (64 bits). */
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    /** Where strconv.ParseFloat rounds to infinity and fails (half a unit beyond the largest float64). */
    private static final BigDecimal FLOAT64_OVERFLOW = new BigDecimal(Double.MAX_VALUE)
            .add(new BigDecimal(Math.ulp(Double.MAX_VALUE)).divide(BigDecimal.valueOf(2)));
    /**
     * Longer plain scalars are never numbers here: a float64 holds no more than 309 integer
     * digits, and parsing a million digits would take minutes (go-yaml reads them as strings too
     * beyond the float64 range).
     */
    private static final int MAX_NUMBER_TEXT = 1_000;

    static {
        for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
            SPECIAL.put(s, Boolean.TRUE);
        }
        for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
            SPECIAL.put(s, Boolean.FALSE);
        }
        for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
            SPECIAL.put(s, Double.NaN);
        }
        for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
            SPECIAL.put(s, Double.POSITIVE_INFINITY);
        }
        for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
            SPECIAL.put(s, Double.NEGATIVE_INFINITY);
        }
    }

    /** The longest text in {@link #SPECIAL}: longer scalars (most of them) need no lookup. */
    private static final int MAX_SPECIAL_TEXT = SPECIAL.keySet().stream().mapToInt(String::length).max().orElse(0);

    private ScalarResolver() {
    }

    /** The type and value of a scalar; {@code tag} is an explicit tag or null. */
    static ScalarNode resolve(long start, long end, String text, boolean plain, String tag) {
        String shortTag = shortTag(tag);
        if (shortTag != null) {
            return resolveTagged(start, end, text, plain, shortTag);
        }
        if (!plain) {
            return new ScalarNode(start, end, text, ScalarType.STRING, text, false);
        }
        if (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return new ScalarNode(start, end, text, ScalarType.NULL, null, true);
        }
        Object special = text.length() <= MAX_SPECIAL_TEXT ? SPECIAL.get(text) : null;
        if (special instanceof Boolean b) {
            return new ScalarNode(start, end, text, ScalarType.BOOLEAN, b, true);
        }
        if (special instanceof Double d) {
            return new ScalarNode(start, end, text, ScalarType.FLOAT, d, true);
        }
        Object number = parseNumber(text);
        if (number instanceof BigInteger integer) {
            return new ScalarNode(start, end, text, ScalarType.INTEGER, integer, true);
        }
        if (number instanceof BigDecimal decimal) {
            return new ScalarNode(start, end, text, ScalarType.FLOAT, decimal, true);
        }
        return new ScalarNode(start, end, text, ScalarType.STRING, text, true);
    }

    /** Is this plain scalar the YAML merge key? */
    static boolean isMergeKey(String text, boolean plain, String tag) {
        String shortTag = shortTag(tag);
        return (plain && shortTag == null && MERGE.equals(text)) || "merge".equals(shortTag);
    }

    private static ScalarNode resolveTagged(long start, long end, String text, boolean plain, String shortTag) {
        switch (shortTag) {
            case "int" -> {
                if (parseNumber(text) instanceof BigInteger integer) {
                    return new ScalarNode(start, end, text, ScalarType.INTEGER, integer, plain);
                }
            }
            case "float" -> {
                Object number = parseNumber(text);
                if (number instanceof BigInteger integer) {
                    return new ScalarNode(start, end, text, ScalarType.FLOAT, new BigDecimal(integer), plain);
                }
                if (number instanceof BigDecimal decimal) {
                    return new ScalarNode(start, end, text, ScalarType.FLOAT, decimal, plain);
                }
            }
            case "bool" -> {
                if (SPECIAL.get(text) instanceof Boolean b) {
                    return new ScalarNode(start, end, text, ScalarType.BOOLEAN, b, plain);
                }
            }
            case "null" -> {
                return new ScalarNode(start, end, text, ScalarType.NULL, null, plain);
            }
            default -> {
                // !!str, !!binary, !!timestamp and unknown local tags: the text is the value.
            }
        }
        return new ScalarNode(start, end, text, ScalarType.STRING, text, plain);
    }

    /**
     * Parses a number as go-yaml v2 does: Go integer syntax (base prefixes, underscores) that fits
     * an int64 or a uint64, else a YAML float that fits a float64 (kept exact here); anything
     * larger stays a string, as it does for kubectl ({@code 1e400}, a 400-digit integer). Null
     * for text that is no number. Hostile lengths never reach a quadratic parse.
     */
    private static Object parseNumber(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.') || text.length() > MAX_NUMBER_TEXT) {
            return null;
        }
        if (isShortDecimal(text)) {
            return BigInteger.valueOf(Long.parseLong(text));
        }
        String plain = text.replace("_", "");
        if (GO_INT.matcher(plain).matches()) {
            BigInteger integer = parseGoInteger(plain);
            if (integer.compareTo(INT64_MIN) >= 0 && integer.compareTo(UINT64_MAX) <= 0) {
                return integer;
            }
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            BigDecimal decimal = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
            return decimal.abs().compareTo(FLOAT64_OVERFLOW) < 0 ? decimal : null;
        }
        return null;
    }

    /**
     * The common case, decided without a pattern: a sign or none, then decimal digits without a
     * leading zero (which would make Go read octal), few enough to fit a long.
     */
    private static boolean isShortDecimal(String text) {
        int from = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = text.length() - from;
        if (digits < 1 || digits > 18 || (text.charAt(from) == '0' && digits > 1)) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A Go integer literal; callers pass at most {@link #MAX_NUMBER_TEXT} characters. */
    private static BigInteger parseGoInteger(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(1) : plain;
        int radix = 10;
        String lower = digits.toLowerCase();
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        BigInteger value = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, radix);
        return negative ? value.negate() : value;
    }

    private static String shortTag(String tag) {
        if (tag == null || tag.equals("!")) {
            return null;
        }
        if (tag.startsWith("tag:yaml.org,2002:")) {
            return tag.substring("tag:yaml.org,2002:".length());
        }
        return tag.startsWith("!!") ? tag.substring(2) : "local";
    }

    /** The JSON object key a scalar key becomes: go-yaml types it, sigs.k8s.io/yaml prints it. */
    static String jsonKey(ScalarNode key) {
        return switch (key.type()) {
            case BOOLEAN -> key.value().toString();
            case INTEGER -> key.value().toString();
            case NULL -> "null";
            case FLOAT -> key.value() instanceof BigDecimal d && Math.abs((long) d.precision() - d.scale()) < 40
                    ? d.stripTrailingZeros().toPlainString() : key.text();
            case STRING -> key.text();
        };
    }
}
