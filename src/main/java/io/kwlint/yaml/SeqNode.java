package io.kwlint.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A YAML sequence (a JSON array). */
public final class SeqNode extends Node {

    private final List<Node> items = new ArrayList<>(4);

    SeqNode(Span span, boolean defaulted) {
        super(span, defaulted);
    }

    SeqNode(long start, long end) {
        super(start, end, false);
    }

    /** An empty sequence at the same place as {@code source}, for an alias's copy. */
    SeqNode(SeqNode source) {
        super(source, false);
    }

    void add(Node item) {
        item.attachToSeq(this, items.size());
        items.add(item);
    }

    @Override
    public Node get(int i) {
        return i >= 0 && i < items.size() ? items.get(i) : super.get(i);
    }

    @Override
    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    @Override
    public String describeType() {
        return "a list";
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
