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
 * a nano-unit round up to 1n, magnitudes are capped at 2^63-1, and the suffix decides the format
 * used to print the value back in canonical form ({@code 1.5Gi} prints as {@code 1536Mi}).
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

    private final BigDecimal value;
    private final Format format;

    private Quantity(BigDecimal value, Format format) {
        this.value = value;
        this.format = format;
    }

    /** The quantity a YAML value holds: a string or a number; empty if it does not parse. */
    public static Optional<Quantity> of(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        if (scalar.type() == ScalarType.STRING) {
            return parse(scalar.text().strip());
        }
        return scalar.asDecimal().flatMap(d -> parse(d.toPlainString()));
    }

    /** Parses a quantity string; empty when the API server would refuse it. */
    public static Optional<Quantity> parse(String text) {
        if (text.isEmpty() || !PATTERN.matcher(text).matches()) {
            return Optional.empty();
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
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(number.endsWith(".") ? number + "0" : number);
        Format format;
        if (DECIMAL_SUFFIXES.containsKey(suffix)) {
            format = Format.DECIMAL_SI;
            amount = amount.scaleByPowerOfTen(DECIMAL_SUFFIXES.get(suffix));
        } else if (BINARY_SUFFIXES.containsKey(suffix)) {
            format = Format.BINARY_SI;
            amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(BINARY_SUFFIXES.get(suffix))));
        } else if ((suffix.startsWith("e") || suffix.startsWith("E")) && suffix.length() > 1
                && suffix.substring(1).matches("[-+]?[0-9]{1,9}")) {
            format = Format.DECIMAL_EXPONENT;
            amount = amount.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
        } else {
            return Optional.empty();
        }
        // Cap, then round non-zero magnitudes up to a nano-unit, as the API server does. The
        // order and the shortcut for tiny values keep hostile exponents (1e-999999999) cheap.
        if (amount.compareTo(MAX) > 0) {
            amount = MAX;
        } else if (amount.signum() != 0 && amount.scale() > 9) {
            amount = amount.precision() - amount.scale() <= -9 ? NANO : amount.setScale(9, RoundingMode.UP);
        }
        amount = amount.stripTrailingZeros();
        return Optional.of(new Quantity(negative ? amount.negate() : amount, format));
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
