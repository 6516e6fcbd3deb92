package io.kwlint.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A loaded input file: the path reports show, where it lives, and its decoded text. */
public final class SourceFile {

    private final String displayPath;
    private final Path path;
    private final String text;
    private List<Integer> lineStarts;

    public SourceFile(String displayPath, Path path, String text) {
        this.displayPath = displayPath;
        this.path = path;
        this.text = text == null ? "" : text;
    }

    /** The path as reports print it: relative to the base directory when inside it, with '/'. */
    public String displayPath() {
        return displayPath;
    }

    /** The file on disk; empty for standard input. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public Optional<URI> uri() {
        return path().map(p -> p.toAbsolutePath().normalize().toUri());
    }

    public String text() {
        return text;
    }

    /** Line {@code n} (1-based) without its line break; empty if out of range. */
    public String line(int n) {
        List<Integer> starts = lineStarts();
        if (n < 1 || n > starts.size()) {
            return "";
        }
        int start = starts.get(n - 1);
        int end = n < starts.size() ? starts.get(n) : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts().size();
    }

    private List<Integer> lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
