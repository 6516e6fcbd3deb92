package io.kwlint.finding;

import io.kwlint.yaml.Span;

/**
 * One change of a file's text: the characters of {@code span} (lines and code-point columns,
 * end exclusive) become {@code replacement}. {@code original} is the text expected there (a plain
 * scalar as written), or null for a quoted scalar, whose source form the tree does not keep: an
 * edit whose place no longer holds what the finding saw (an alias, a file changed since) is not
 * applied.
 */
public record TextEdit(Span span, String original, String replacement) {
}
