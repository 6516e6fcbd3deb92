package io.kwlint.finding;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.Position;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.Span;
import java.util.List;

/**
 * A mechanical, safe change that makes a finding go away without changing what the manifest
 * means otherwise: {@code description} says it ("set restartPolicy to OnFailure"), {@code edits}
 * are the text changes, in the finding's file. {@code kwlint check --fix} applies them; SARIF
 * results carry them as {@code fixes}.
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    /**
     * The fix that writes {@code replacement} in place of the scalar {@code node} (a value or a
     * key, as the file holds it), or null when the file does not hold it (a default, a missing
     * field): only text that is there can be edited.
     */
    public static Fix replacing(String description, Node node, String replacement) {
        if (node instanceof ScalarNode scalar && scalar.isPresent() && !scalar.isDefaulted() && scalar.line() > 0) {
            return new Fix(description, List.of(new TextEdit(scalar.span(), scalar.isPlain() ? scalar.text() : null,
                    replacement)));
        }
        return null;
    }

    /**
     * This fix with its edits made in the file {@code displayPath} rather than the finding's own:
     * for a fix of another object (null stays null).
     */
    public static Fix inFile(Fix fix, String displayPath) {
        if (fix == null) {
            return null;
        }
        return new Fix(fix.description(), fix.edits().stream()
                .map(edit -> new TextEdit(displayPath, edit.span(), edit.original(), edit.replacement())).toList());
    }

    /** One fix of several: all their edits under one description, or null if any of them is null. */
    public static Fix together(String description, Fix... parts) {
        List<TextEdit> edits = new java.util.ArrayList<>();
        for (Fix part : parts) {
            if (part == null) {
                return null;
            }
            edits.addAll(part.edits());
        }
        return new Fix(description, edits);
    }

    /**
     * The fix that adds the field {@code name: value} to the mapping {@code map} as the file
     * writes it: in a flow mapping ({@code {maxSurge: 1}}) after its last entry, in a block
     * mapping on a new line indented as its first key, after its last entry if that is a scalar,
     * else before its first. Null when the file does not hold the mapping, or it is empty, or the
     * field is there already, or there is no such line (a mapping that starts on a dash's line
     * and ends in a collection).
     */
    public static Fix addingField(String description, Node map, String name, String value) {
        if (!(map instanceof MapNode mapping) || !map.isPresent() || map.isDefaulted() || map.line() <= 0) {
            return null;
        }
        // The entries the file holds: defaulting may have added others (maxUnavailable: 25%).
        List<MapNode.Entry> written = mapping.entries().stream()
                .filter(entry -> !entry.value().isDefaulted() && entry.keyNode() != null && entry.keyNode().line() > 0).toList();
        if (written.isEmpty() || written.stream().anyMatch(entry -> entry.name().equals(name))) {
            return null;
        }
        Span firstKey = written.get(0).keyNode().span();
        Span last = written.get(written.size() - 1).value().span();
        boolean flow = !map.span().start().equals(firstKey.start());
        if (flow) {
            // Right after the last entry's value, before the closing brace.
            Position after = last.end();
            return new Fix(description, List.of(new TextEdit(new Span(after, after), "", ", " + name + ": " + value)));
        }
        String indent = " ".repeat(firstKey.start().column() - 1);
        String field = indent + name + ": " + value + "\n";
        if (written.get(written.size() - 1).value() instanceof ScalarNode) {
            // On the line after the scalar (a block scalar ends where the next line starts).
            int line = last.end().column() == 1 ? last.end().line() : last.end().line() + 1;
            Position start = new Position(line, 1);
            return new Fix(description, List.of(new TextEdit(new Span(start, start), "", field)));
        }
        // A collection's end is not in the tree: on its own line before the first key, where the
        // mapping is a block value that starts on a line of its own (not `- name: x`).
        boolean ownLines = mapping.parent() instanceof MapNode && mapping.key().isPresent()
                && firstKey.start().line() > mapping.key().get().span().start().line();
        if (!ownLines) {
            return null;
        }
        Position start = new Position(firstKey.start().line(), 1);
        return new Fix(description, List.of(new TextEdit(new Span(start, start), "", field)));
    }
}
