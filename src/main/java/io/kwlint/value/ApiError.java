package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;
import io.kwlint.yaml.SeqNode;
import java.util.stream.Collectors;

/**
 * A validation error as the API server words it ({@code field.Error}): a type, the offending
 * value for the types that print one, and a detail; plus the node it is about, for its location.
 */
public record ApiError(Node at, FieldPath path, Type type, String value, String detail) {

    /** apimachinery's {@code field.ErrorType}, printed as the API server prints it. */
    public enum Type {
        REQUIRED("Required value", false),
        FORBIDDEN("Forbidden", false),
        INVALID("Invalid value", true),
        NOT_SUPPORTED("Unsupported value", true),
        DUPLICATE("Duplicate value", true),
        NOT_FOUND("Not found", true),
        TOO_LONG("Too long", false),
        TOO_MANY("Too many", true);

        private final String printed;
        private final boolean printsValue;

        Type(String printed, boolean printsValue) {
            this.printed = printed;
            this.printsValue = printsValue;
        }

        public String printed() {
            return printed;
        }
    }

    /*
     * Most errors are about the node at hand, at its own path, with its own value: the short forms
     * below say only what differs. The long forms take a path (an error about a field of a node
     * that is absent, or reported on a parent) or a value printed another way.
     */

    /** {@code Required value: detail} at the node's own path. */
    public static ApiError required(Node at, String detail) {
        return required(at, at.path(), detail);
    }

    /** {@code Forbidden: detail} at the node's own path. */
    public static ApiError forbidden(Node at, String detail) {
        return forbidden(at, at.path(), detail);
    }

    /** {@code Invalid value: <the node's value>: detail} at the node's own path. */
    public static ApiError invalid(Node at, String detail) {
        return invalid(at, at.path(), render(at), detail);
    }

    /** {@code Invalid value: renderedValue: detail} at the node's own path. */
    public static ApiError invalid(Node at, String renderedValue, String detail) {
        return invalid(at, at.path(), renderedValue, detail);
    }

    /** {@code Unsupported value: <the node's value>: supported values: ...} at the node's own path. */
    public static ApiError unsupported(Node at, java.util.List<String> supported) {
        return unsupported(at, at.path(), render(at), supported);
    }

    /** {@code Unsupported value: renderedValue: supported values: ...} at the node's own path. */
    public static ApiError unsupported(Node at, String renderedValue, java.util.List<String> supported) {
        return unsupported(at, at.path(), renderedValue, supported);
    }

    public static ApiError required(Node at, FieldPath path, String detail) {
        return new ApiError(at, path, Type.REQUIRED, null, detail);
    }

    public static ApiError forbidden(Node at, FieldPath path, String detail) {
        return new ApiError(at, path, Type.FORBIDDEN, null, detail);
    }

    public static ApiError invalid(Node at, FieldPath path, String renderedValue, String detail) {
        return new ApiError(at, path, Type.INVALID, renderedValue, detail);
    }

    /** {@code Unsupported value: "x": supported values: "A", "B"} */
    public static ApiError unsupported(Node at, FieldPath path, String renderedValue, java.util.List<String> supported) {
        String detail = "supported values: " + supported.stream().map(ApiError::quote)
                .collect(Collectors.joining(", "));
        return new ApiError(at, path, Type.NOT_SUPPORTED, renderedValue, detail);
    }

    /** {@code Invalid value: -1: must be greater than or equal to 0} for a negative count. */
    public static ApiError negative(Node at) {
        return invalid(at, "must be greater than or equal to 0");
    }

    /** The error without its path: {@code Invalid value: "x": detail}. */
    public String body() {
        StringBuilder text = new StringBuilder(type.printed);
        if (type.printsValue && value != null) {
            text.append(": ").append(value);
        }
        if (detail != null && !detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return path + ": " + body();
    }

    /** Renders a value as the API server prints it: strings quoted, numbers bare, objects as JSON. */
    public static String render(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.type() == ScalarType.STRING ? quote(scalar.text())
                    : scalar.type() == ScalarType.NULL ? "null" : scalar.text();
        }
        if (node instanceof MapNode map) {
            return map.entries().stream().map(e -> quote(e.name()) + ":" + render(e.value()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (node instanceof SeqNode seq) {
            return seq.items().stream().map(ApiError::render).collect(Collectors.joining(",", "[", "]"));
        }
        return "null";
    }

    /** A list of strings as Go's %#v prints a []string: {@code []string{"a", "b"}}. */
    public static String goStringSlice(Node list) {
        return list.items().stream().map(item -> quote(item.asString().orElse("")))
                .collect(Collectors.joining(", ", "[]string{", "}"));
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
