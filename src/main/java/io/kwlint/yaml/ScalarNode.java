package io.kwlint.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/** A YAML scalar, typed as kubectl's YAML-to-JSON conversion types it. */
public final class ScalarNode extends Node {

    private final String text;
    private final ScalarType type;
    private final Object value;
    private final boolean plain;

    ScalarNode(Span span, boolean defaulted, String text, ScalarType type, Object value, boolean plain) {
        super(span, defaulted);
        this.text = text;
        this.type = type;
        this.value = value;
        this.plain = plain;
    }

    /** A scalar read from the source, from {@code start} to {@code end} (see {@link Node#pack}). */
    ScalarNode(long start, long end, String text, ScalarType type, Object value, boolean plain) {
        super(start, end, false);
        this.text = text;
        this.type = type;
        this.value = value;
        this.plain = plain;
    }

    private ScalarNode(ScalarNode source) {
        super(source, source.isDefaulted());
        this.text = source.text;
        this.type = source.type;
        this.value = source.value;
        this.plain = source.plain;
    }

    /** A string that API-server defaulting fills in, e.g. {@code restartPolicy: Always}. */
    public static ScalarNode defaulted(String value) {
        return new ScalarNode(null, true, value, ScalarType.STRING, value, false);
    }

    /** An integer that API-server defaulting fills in, e.g. {@code replicas: 1}. */
    public static ScalarNode defaulted(long value) {
        return new ScalarNode(null, true, Long.toString(value), ScalarType.INTEGER, BigInteger.valueOf(value), true);
    }

    /** A boolean that API-server defaulting fills in. */
    public static ScalarNode defaulted(boolean value) {
        return new ScalarNode(null, true, Boolean.toString(value), ScalarType.BOOLEAN, value, true);
    }

    /** A defaulted copy of another scalar, e.g. a request copied from its limit. */
    public static ScalarNode defaultedCopyOf(ScalarNode source) {
        return new ScalarNode(null, true, source.text, source.type, source.value, source.plain);
    }

    ScalarNode copy() {
        return new ScalarNode(this);
    }

    /** The scalar as written (after YAML unescaping), whatever its type. */
    public String text() {
        return text;
    }

    public ScalarType type() {
        return type;
    }

    /** True for an unquoted scalar. */
    public boolean isPlain() {
        return plain;
    }

    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    @Override
    public boolean isPresent() {
        return !isNull();
    }

    @Override
    public Optional<String> asString() {
        return type == ScalarType.STRING ? Optional.of(text) : Optional.empty();
    }

    @Override
    public Optional<BigInteger> asBigInteger() {
        return type == ScalarType.INTEGER ? Optional.of((BigInteger) value) : Optional.empty();
    }

    @Override
    public OptionalLong asLong() {
        if (type == ScalarType.INTEGER && ((BigInteger) value).bitLength() < 64) {
            return OptionalLong.of(((BigInteger) value).longValue());
        }
        return OptionalLong.empty();
    }

    @Override
    public Optional<Boolean> asBoolean() {
        return type == ScalarType.BOOLEAN ? Optional.of((Boolean) value) : Optional.empty();
    }

    /** The exact value of a finite number (integer or float); empty for NaN, infinities, non-numbers. */
    public Optional<BigDecimal> asDecimal() {
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        return value instanceof BigDecimal decimal ? Optional.of(decimal) : Optional.empty();
    }

    /** The resolved value: null, Boolean, BigInteger, BigDecimal, Double (NaN/infinite) or String. */
    public Object value() {
        return value;
    }

    @Override
    public String describeType() {
        return type.description();
    }

    @Override
    public String toString() {
        return type == ScalarType.STRING ? '"' + text + '"' : text;
    }
}
