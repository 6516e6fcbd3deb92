package io.kwlint.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into plain Java values: {@code Map<String, Object>} (in written
 * order), {@code List<Object>}, {@code String}, {@code BigDecimal} (exact, whatever the size),
 * {@code Boolean} and {@code null}. For kwlint's own files (bundled schemas, baselines): small,
 * strict, with the line and column of the first error, and bounded nesting.
 */
public final class JsonReader {

    /** Deeper nesting than this is refused rather than risking the stack. */
    private static final int MAX_DEPTH = 1000;

    /** JSON that does not parse: what is wrong and where (1-based line and column). */
    public static final class JsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        JsonException(String message, int line, int column) {
            super(line + ":" + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The value the text holds; throws {@link JsonException} if it is not exactly one JSON value. */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected " + reader.describe() + " after the value");
        }
        return value;
    }

    /**
     * The members of the object under top-level {@code key}, each as the text of its value, unparsed:
     * a large document (the bundled schema definitions) is only scanned, and each member parsed when
     * it is needed. Throws {@link JsonException} if the text is not an object with such a member.
     */
    public static Map<String, String> unparsedMembers(String text, String key) {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        reader.expect('{');
        while (true) {
            reader.skipSpace();
            String name = reader.string();
            reader.skipSpace();
            reader.expect(':');
            reader.skipSpace();
            if (name.equals(key)) {
                return reader.unparsedObject();
            }
            reader.skipValue();
            reader.skipSpace();
            reader.expect(',');
        }
    }

    private Map<String, String> unparsedObject() {
        expect('{');
        Map<String, String> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            return members;
        }
        while (true) {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            int start = pos;
            skipValue();
            members.put(name, text.substring(start, pos));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    /** Moves past one value without building it: brackets are counted, strings and their escapes skipped. */
    private void skipValue() {
        int nesting = 0;
        do {
            if (pos >= text.length()) {
                throw error("unexpected end of the text inside a value");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                while (pos < text.length() && text.charAt(pos) != '"') {
                    pos += text.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
            } else if (c == '{' || c == '[') {
                nesting++;
                pos++;
            } else if (c == '}' || c == ']') {
                nesting--;
                pos++;
            } else if (nesting == 0 && (c == ',' || Character.isWhitespace(c))) {
                return; // the end of a number or literal
            } else {
                pos++;
            }
        } while (nesting > 0);
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of the text, a value was expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describe() + ", a value was expected");
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("unexpected " + describe() + ", a string key was expected");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                depth--;
                return map;
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                depth--;
                return list;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("the string is not closed");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String value = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
                pos++;
                return value;
            }
            if (c < 0x20) {
                throw error("a control character in a string must be escaped");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, start, pos);
                pos++;
                out.append(escape());
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("the string ends inside an escape");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw error("the string ends inside a \\u escape");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos + i), 16);
                    if (digit < 0) {
                        throw error("\\u needs four hexadecimal digits");
                    }
                    code = code * 16 + digit;
                }
                pos += 4;
                yield (char) code;
            }
            default -> {
                pos--;
                throw error("unknown escape \\" + c);
            }
        };
    }

    private BigDecimal number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a digit was expected");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("a digit was expected after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("a digit was expected in the exponent");
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("the number is out of range");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe() + ", a value was expected");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("unexpected " + describe() + ", '" + c + "' was expected");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String describe() {
        return pos >= text.length() ? "end of the text" : "'" + text.charAt(pos) + "'";
    }

    private JsonException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(message, line, text.codePointCount(lineStart, Math.min(pos, text.length())) + 1);
    }
}
