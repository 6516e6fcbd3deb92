package io.kwlint.cli.lsp;

import io.kwlint.yaml.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * kwlint's places (1-based lines, columns in code points) as the protocol's (0-based lines,
 * characters in UTF-16 code units), from the text of the document they are in.
 */
final class Positions {

    private final String[] lines;

    Positions(String text) {
        this.lines = text.split("\n", -1);
    }

    Range range(Span span) {
        return new Range(position(span.start()), position(span.end()));
    }

    Position position(io.kwlint.yaml.Position at) {
        int line = Math.max(0, Math.min(at.line() - 1, lines.length - 1));
        String text = lines[line];
        int codePoints = Math.max(0, at.column() - 1);
        int character;
        try {
            character = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        } catch (IndexOutOfBoundsException e) {
            character = text.length();
        }
        return new Position(line, character);
    }

    /** Whether {@code position} lies in {@code range} (its end included, where a cursor after a word is). */
    static boolean contains(Range range, Position position) {
        return compare(range.getStart(), position) <= 0 && compare(position, range.getEnd()) <= 0;
    }

    /** Whether two ranges share a position. */
    static boolean overlap(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
