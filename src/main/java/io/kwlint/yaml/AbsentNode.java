package io.kwlint.yaml;

/**
 * A field that is not in the document (or sits under a value of the wrong type). It has a path
 * and points at the nearest node that exists, which is where the field would be added.
 */
public final class AbsentNode extends Node {

    AbsentNode(Node parent, String field, int index) {
        super((Span) null, false);
        attachAsAbsent(parent, field, index);
    }

    @Override
    public boolean isPresent() {
        return false;
    }

    @Override
    public Span anchorSpan() {
        return parent().anchorSpan();
    }

    @Override
    public String describeType() {
        return "missing";
    }

    @Override
    public String toString() {
        return "<absent " + path() + ">";
    }
}
