package io.kwlint.finding;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
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
}
