package io.kwlint.yaml;

/**
 * A comment as the YAML parser read it: where its {@code #} is, its text after the {@code #}, and
 * whether it stands alone on its line. Text inside a block scalar or a quoted string is content,
 * not a comment, and never appears here.
 */
public record YamlComment(Position start, String text, boolean ownLine) {
}
