package io.kwlint.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A field path printed the way the Kubernetes API server prints it in validation errors:
 * {@code spec.template.spec.containers[0].resources.limits[cpu]}. Struct fields are joined with
 * dots, list items are indexed, map entries are keyed in brackets.
 */
public final class FieldPath {

    private static final FieldPath ROOT = new FieldPath(null, null);

    private final FieldPath parent;
    private final String segment;

    private FieldPath(FieldPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    public static FieldPath root() {
        return ROOT;
    }

    /** Parses a dotted path such as {@code spec.template.spec}; indexes and keys are not parsed. */
    public static FieldPath of(String dotted) {
        FieldPath path = ROOT;
        if (!dotted.isEmpty()) {
            for (String part : dotted.split("\\.")) {
                path = path.child(part);
            }
        }
        return path;
    }

    public FieldPath child(String field) {
        return new FieldPath(this, (isRoot() ? "" : ".") + field);
    }

    public FieldPath index(int index) {
        return new FieldPath(this, "[" + index + "]");
    }

    public FieldPath key(String key) {
        return new FieldPath(this, "[" + key + "]");
    }

    public boolean isRoot() {
        return parent == null;
    }

    public FieldPath parent() {
        return isRoot() ? this : parent;
    }

    @Override
    public String toString() {
        List<String> segments = new ArrayList<>();
        for (FieldPath p = this; !p.isRoot(); p = p.parent) {
            segments.add(p.segment);
        }
        Collections.reverse(segments);
        return String.join("", segments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
