package io.kwlint.value;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * An int-or-string field used as a count or a percentage ({@code maxSurge: 1},
 * {@code maxUnavailable: "25%"}), with the API server's validation and the controllers'
 * integer rounding.
 */
public final class IntOrPercent {

    private final Node node;
    private final Integer integer;
    private final String string;

    private IntOrPercent(Node node, Integer integer, String string) {
        this.node = node;
        this.integer = integer;
        this.string = string;
    }

    /**
     * The value a YAML node holds; empty when the node is not an integer or a string (a float or
     * a mapping makes the whole object fail to decode, which the schema check reports).
     */
    public static Optional<IntOrPercent> of(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        if (scalar.type() == ScalarType.STRING) {
            return Optional.of(new IntOrPercent(node, null, scalar.text()));
        }
        Optional<BigInteger> value = scalar.asBigInteger();
        if (value.isPresent() && value.get().bitLength() < 32) {
            return Optional.of(new IntOrPercent(node, value.get().intValue(), null));
        }
        return Optional.empty();
    }

    public static IntOrPercent ofInt(int value) {
        return new IntOrPercent(null, value, null);
    }

    public static IntOrPercent ofPercent(int percent) {
        return new IntOrPercent(null, null, percent + "%");
    }

    /** The node it was read from; null for values built in code. */
    public Node node() {
        return node;
    }

    public boolean isPercent() {
        return string != null && problems().isEmpty();
    }

    public boolean isString() {
        return string != null;
    }

    /** What the API server says is wrong with the value (a bad percent string, a negative int). */
    public List<String> problems() {
        if (string != null) {
            List<String> percentErrors = KubeValidation.percent(string);
            if (percentErrors.isEmpty() && percentNumber().isEmpty()) {
                return List.of("percentage is too large");
            }
            return percentErrors;
        }
        return integer < 0 ? List.of("must be greater than or equal to 0") : List.of();
    }

    /**
     * The number validation compares with zero: the percent number for a valid percent, the
     * integer otherwise. A string that is not a valid percent counts as its integer value, or 0,
     * as apimachinery's {@code IntValue} does.
     */
    public int literalValue() {
        if (integer != null) {
            return integer;
        }
        Optional<Integer> percent = percentNumber();
        if (percent.isPresent()) {
            return percent.get();
        }
        try {
            return Integer.parseInt(string);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isLiteralZero() {
        return literalValue() == 0;
    }

    /** True for a valid percent above 100. */
    public boolean isMoreThan100Percent() {
        return isPercent() && percentNumber().orElse(0) > 100;
    }

    /**
     * The value scaled against {@code total}: an int as is, a percent as
     * {@code percent * total / 100} rounded up or down with exact integer arithmetic.
     */
    public Optional<Integer> scaled(int total, boolean roundUp) {
        if (integer != null) {
            return Optional.of(integer);
        }
        return percentNumber().map(percent -> {
            long product = (long) percent * total;
            long result = roundUp ? Math.floorDiv(product + 99, 100) : Math.floorDiv(product, 100);
            return (int) Math.min(Integer.MAX_VALUE, result);
        });
    }

    private Optional<Integer> percentNumber() {
        if (string == null || !KubeValidation.percent(string).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(string.substring(0, string.length() - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** How the value is written: {@code 1} or {@code "25%"}, as the API server prints it. */
    @Override
    public String toString() {
        return integer != null ? integer.toString() : '"' + string + '"';
    }
}
