package io.kwlint.yaml;

/** A place in a source file: 1-based line and 1-based column (in Unicode code points). */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
