package io.kwlint.finding;

import io.kwlint.yaml.Span;

/**
 * One change of a file's text: the characters of {@code span} (lines and code-point columns,
 * end exclusive) become {@code replacement}. {@code original} is the text expected there (a plain
 * scalar as written), or null for a quoted scalar, whose source form the tree does not keep: an
 * edit whose place no longer holds what the finding saw (an alias, a file changed since) is not
 * applied. {@code file} is the display path of the file edited when that is not the finding's
 * own (a StatefulSet's finding that fixes its Service in another file), else null.
 */
public record TextEdit(String file, Span span, String original, String replacement) {

    /** An edit of the finding's own file. */
    public TextEdit(Span span, String original, String replacement) {
        this(null, span, original, replacement);
    }

    /** The file this edit changes, for a finding located in {@code findingFile}. */
    public String fileFor(String findingFile) {
        return file == null ? findingFile : file;
    }
}
