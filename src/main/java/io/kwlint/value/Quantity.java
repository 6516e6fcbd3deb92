package io.kwlint.value;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 250m}, {@code 1.5Gi}, {@code 1e3}) with exact decimal
 * arithmetic. Parsing follows apimachinery's {@code ParseQuantity}: non-zero values finer than
 * a nano-unit round up to 1n, binary-suffixed values are capped at 2^63-1 (decimal ones are not),
 * an exponent is read as Go reads it (an int64, then truncated to int32), and the suffix decides
 * the format used to print the value back in canonical form ({@code 1.5Gi} prints as {@code 1536Mi}).
 *
 * <p>Bounded, whatever the input: an exponent is never written out. Values up to 10^1000 are
 * exact; larger ones count as 10^1000 (no real quantity comes near, and every sum and comparison
 * stays cheap); beyond 10^1000000 the API server cannot build the number at all (its parser
 * expands the exponent to round to nano-units), so such a value is {@linkplain Problem#TOO_LARGE refused}.
 */
public final class Quantity implements Comparable<Quantity> {

    /** How a quantity is printed, from the suffix it was written with. */
    public enum Format {
        DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT
    }

    /** The API server's own pattern; anything else is a decoding error for the whole object. */
    public static final String PATTERN_TEXT = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);
    private static final BigDecimal MAX = new BigDecimal(Long.MAX_VALUE);
    private static final BigDecimal NANO = new BigDecimal("1e-9");
    private static final BigDecimal BINARY_MIN_PRINTED = BigDecimal.valueOf(1024);

    private static final Map<String, Integer> DECIMAL_SUFFIXES = Map.of(
            "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final Map<String, Integer> BINARY_SUFFIXES = Map.of(
            "Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI);

    /** Decimal digits of the largest magnitude kwlint computes with exactly (10^1000). */
    static final int EXACT_DIGITS = 1000;
    /** Decimal digits beyond which the API server cannot process a quantity (10^1000000). */
    static final int PROCESSABLE_DIGITS = 1_000_000;
    private static final BigDecimal EXACT_MAX = BigDecimal.ONE.scaleByPowerOfTen(EXACT_DIGITS);
    /** Longer digit strings are refused too: parsing them is quadratic, and no real value has them. */
    static final int MAX_MANTISSA = 2_000;

    /** Why a text is no quantity. */
    public enum Problem {
        /** It does not match the quantity syntax (or its suffix is unknown). */
        NOT_A_QUANTITY,
        /**
         * It is a quantity, too large for the API server to process (e.g. {@code 1e999999999}), or
         * written with more than {@link #MAX_MANTISSA} digits.
         */
        TOO_LARGE
    }

    /** A quantity, or the problem that keeps a text from being one. */
    public record Reading(Quantity quantity, Problem problem) {
        public Optional<Quantity> value() {
            return Optional.ofNullable(quantity);
        }
    }

    private final BigDecimal value;
    private final Format format;

    private Quantity(BigDecimal value, Format format) {
        this.value = value;
        this.format = format;
    }

    /** The quantity a YAML value holds: a string or a number; empty if it is none. */
    public static Optional<Quantity> of(Node node) {
        return read(node).value();
    }

    /** The quantity a YAML value holds, or why it holds none (also for nodes that are no scalar). */
    public static Reading read(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return new Reading(null, Problem.NOT_A_QUANTITY);
        }
        if (scalar.type() == ScalarType.STRING) {
            return read(scalar.text().strip());
        }
        Optional<BigDecimal> number = scalar.asDecimal();
        return number.isPresent() ? ofNumber(number.get()) : new Reading(null, Problem.NOT_A_QUANTITY);
    }

    /**
     * A YAML number as a quantity, without ever writing out its exponent: {@code 1e999999999}
     * would be a billion digits. Beyond the bounds or below a nano-unit the answer is known at once.
     */
    private static Reading ofNumber(BigDecimal number) {
        BigDecimal magnitude = number.abs();
        long integerDigits = (long) magnitude.precision() - magnitude.scale();
        if (magnitude.signum() != 0 && (integerDigits > EXACT_DIGITS || integerDigits <= -9)) {
            return bounded(number, Format.DECIMAL_SI);
        }
        return read(number.toPlainString());
    }

    /** Parses a quantity string; empty when the API server would refuse it. */
    public static Optional<Quantity> parse(String text) {
        return read(text).value();
    }

    /** Parses a quantity string as apimachinery's {@code ParseQuantity} does, or says why not. */
    public static Reading read(String text) {
        if (text.isEmpty() || !PATTERN.matcher(text).matches()) {
            return new Reading(null, Problem.NOT_A_QUANTITY);
        }
        int pos = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            pos++;
        }
        int numberStart = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String number = text.substring(numberStart, pos);
        String suffix = text.substring(pos);
        if (number.equals(".") || number.isEmpty() || number.indexOf('.') != number.lastIndexOf('.')) {
            return new Reading(null, Problem.NOT_A_QUANTITY);
        }
        if (number.length() > MAX_MANTISSA) {
            return new Reading(null, Problem.TOO_LARGE); // reading it would cost more than any real value is worth
        }
        BigDecimal amount = new BigDecimal(number.endsWith(".") ? number + "0" : number);
        Format format;
        if (DECIMAL_SUFFIXES.containsKey(suffix)) {
            format = Format.DECIMAL_SI;
            amount = amount.scaleByPowerOfTen(DECIMAL_SUFFIXES.get(suffix));
        } else if (BINARY_SUFFIXES.containsKey(suffix)) {
            format = Format.BINARY_SI;
            amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(BINARY_SUFFIXES.get(suffix))));
        } else if ((suffix.startsWith("e") || suffix.startsWith("E")) && suffix.length() > 1) {
            Optional<Integer> exponent = goExponent(suffix.substring(1));
            if (exponent.isEmpty()) {
                return new Reading(null, Problem.NOT_A_QUANTITY);
            }
            format = Format.DECIMAL_EXPONENT;
            amount = amount.scaleByPowerOfTen(exponent.get());
        } else {
            return new Reading(null, Problem.NOT_A_QUANTITY);
        }
        return bounded(negative ? amount.negate() : amount, format);
    }

    /**
     * The exponent of an {@code e} suffix as Go reads it: {@code strconv.ParseInt(s, 10, 64)}, then
     * {@code int32(...)}, which wraps around (so {@code 1e4294967297} is {@code 1e1}).
     */
    private static Optional<Integer> goExponent(String digits) {
        if (!digits.matches("[-+]?[0-9]{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of((int) Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits));
        } catch (NumberFormatException e) {
            return Optional.empty(); // beyond int64
        }
    }

    /**
     * The API server's last steps, within kwlint's bounds: binary values capped at 2^63-1,
     * non-zero magnitudes rounded up to a nano-unit. Each check reads the adjusted exponent first,
     * so hostile exponents (1e-999999999, 1e999999999) never build a long number.
     */
    private static Reading bounded(BigDecimal signed, Format format) {
        boolean negative = signed.signum() < 0;
        BigDecimal amount = signed.abs();
        long integerDigits = (long) amount.precision() - amount.scale();
        if (amount.signum() != 0 && integerDigits > PROCESSABLE_DIGITS) {
            return new Reading(null, Problem.TOO_LARGE);
        }
        if (amount.signum() != 0 && integerDigits > EXACT_DIGITS) {
            amount = EXACT_MAX;
        } else if (format == Format.BINARY_SI && amount.compareTo(MAX) > 0) {
            amount = MAX;
        } else if (amount.signum() != 0 && amount.scale() > 9) {
            amount = integerDigits <= -9 ? NANO : amount.setScale(9, RoundingMode.UP);
        }
        amount = amount.stripTrailingZeros();
        return new Reading(new Quantity(negative ? amount.negate() : amount, format), null);
    }

    public static Quantity ofInteger(long value) {
        return new Quantity(BigDecimal.valueOf(value), Format.DECIMAL_SI);
    }

    public BigDecimal value() {
        return value;
    }

    public Format format() {
        return format;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** True if the value has no fractional part. */
    public boolean isInteger() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** The sum, printed in this quantity's format (or the other's if this one is zero). */
    public Quantity plus(Quantity other) {
        Format resultFormat = isZero() ? other.format : format;
        return new Quantity(value.add(other.value), resultFormat);
    }

    public Quantity times(long factor) {
        return new Quantity(value.multiply(BigDecimal.valueOf(factor)), format);
    }

    public Quantity max(Quantity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /** The canonical form the API server prints: {@code 1500m}, {@code 2}, {@code 1536Mi}, {@code 1k}. */
    @Override
    public String toString() {
        if (value.signum() == 0) {
            return "0";
        }
        boolean printBinary = format == Format.BINARY_SI && value.abs().compareTo(BINARY_MIN_PRINTED) >= 0 && isInteger();
        return printBinary ? binaryString() : decimalString(format == Format.DECIMAL_EXPONENT);
    }

    /**
     * This value beside another amount of the same resource: written with the other's decimal
     * suffix when that one is finer ({@code 75} beside {@code 93750m} prints as {@code 75000m}),
     * so the two compare at a glance; else in canonical form.
     */
    public String toStringBeside(Quantity other) {
        if (format != Format.DECIMAL_SI || other.format != Format.DECIMAL_SI || value.signum() == 0 || other.value.signum() == 0) {
            return toString();
        }
        int finer = canonicalExponent(other.value);
        if (finer >= canonicalExponent(value)) {
            return toString();
        }
        for (Map.Entry<String, Integer> suffix : DECIMAL_SUFFIXES.entrySet()) {
            if (suffix.getValue() == finer) {
                return value.movePointLeft(finer).stripTrailingZeros().toPlainString() + suffix.getKey();
            }
        }
        return toString();
    }

    /** The power of ten, a multiple of 3, that the canonical decimal form of {@code value} uses. */
    private static int canonicalExponent(BigDecimal value) {
        int exponent = -value.stripTrailingZeros().scale();
        return exponent - Math.floorMod(exponent, 3);
    }

    private String binaryString() {
        BigInteger mantissa = value.toBigIntegerExact();
        BigInteger unit = BigInteger.valueOf(1024);
        int exponent = 0;
        while (exponent < 60 && mantissa.mod(unit).signum() == 0) {
            mantissa = mantissa.divide(unit);
            exponent += 10;
        }
        for (Map.Entry<String, Integer> suffix : BINARY_SUFFIXES.entrySet()) {
            if (suffix.getValue() == exponent) {
                return mantissa + suffix.getKey();
            }
        }
        return mantissa.toString();
    }

    private String decimalString(boolean exponentForm) {
        BigDecimal stripped = value.stripTrailingZeros();
        BigInteger mantissa = stripped.unscaledValue();
        int exponent = -stripped.scale();
        int remainder = Math.floorMod(exponent, 3);
        mantissa = mantissa.multiply(BigInteger.TEN.pow(remainder));
        exponent -= remainder;
        if (!exponentForm) {
            for (Map.Entry<String, Integer> suffix : DECIMAL_SUFFIXES.entrySet()) {
                if (suffix.getValue() == exponent) {
                    return mantissa + suffix.getKey();
                }
            }
        }
        return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
    }
}
