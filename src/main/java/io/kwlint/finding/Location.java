package io.kwlint.finding;

import io.kwlint.yaml.Span;

/** A place in an input file: the file's display path and the span in it. */
public record Location(String file, Span span) {

    public int line() {
        return span.start().line();
    }

    public int column() {
        return span.start().column();
    }

    @Override
    public String toString() {
        return file + ":" + span.start();
    }
}
