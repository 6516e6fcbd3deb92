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
     * The fix that adds the field {@code name: value} to the mapping {@code map} as the file
     * writes it: in a flow mapping ({@code {maxSurge: 1}}) after its last entry, in a block
     * mapping on a new line after its last entry, indented as its first key. Null when the file
     * does not hold the mapping, or it is empty, or the field is there already.
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
        // A block value ends where the next line starts; a scalar ends on its own line.
        int line = last.end().column() == 1 ? last.end().line() : last.end().line() + 1;
        Position start = new Position(line, 1);
        String indent = " ".repeat(firstKey.start().column() - 1);
        return new Fix(description, List.of(new TextEdit(new Span(start, start), "", indent + name + ": " + value + "\n")));
    }
}
