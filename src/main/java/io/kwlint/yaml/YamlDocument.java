package io.kwlint.yaml;

/** One document of a YAML stream: its 0-based index in the file and its root node. */
public record YamlDocument(int index, Node root) {
}
