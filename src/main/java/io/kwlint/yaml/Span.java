package io.kwlint.yaml;

/** The extent of a node in its file; {@code end} is exclusive, as in SARIF regions. */
public record Span(Position start, Position end) {

    public Span {
        if (end.compareTo(start) < 0) {
            end = start;
        }
    }

    /** A span of one character at {@code start}, for places without a natural extent. */
    public static Span at(Position start) {
        return new Span(start, new Position(start.line(), start.column() + 1));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
