package io.kwlint.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping (a JSON object) whose keys are strings, in the order they were written. */
public final class MapNode extends Node {

    /** A field of a mapping: the key as written (absent for defaulted fields) and its value. */
    public record Entry(String name, ScalarNode keyNode, Node value) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    MapNode(Span span, boolean defaulted) {
        super(span, defaulted);
    }

    /** An empty mapping that API-server defaulting adds, e.g. {@code rollingUpdate: {}}. */
    public static MapNode defaulted() {
        return new MapNode(null, true);
    }

    /** Adds or replaces a field while building; returns the entry it replaced, if any. */
    Entry put(String name, ScalarNode keyNode, Node value) {
        value.attachToMap(this, name, keyNode);
        if (keyNode != null) {
            keyNode.attachAsKey(this, name);
        }
        return entries.put(name, new Entry(name, keyNode, value));
    }

    /**
     * Sets {@code name} to a defaulted value if the field is absent or null, as API-server
     * defaulting does; returns the value the field now has.
     */
    public Node putDefault(String name, Node value) {
        Node current = get(name);
        // Go string fields cannot tell "" from unset, so the server defaults an empty string too.
        boolean emptyString = current.asString().filter(String::isEmpty).isPresent()
                && value instanceof ScalarNode scalar && scalar.type() == ScalarType.STRING;
        if (current.isPresent() && !emptyString) {
            return current;
        }
        if (!value.isDefaulted()) {
            throw new IllegalArgumentException("only defaulted nodes may be added: " + value);
        }
        Entry existing = entries.get(name);
        put(name, existing == null ? null : existing.keyNode(), value);
        return value;
    }

    /**
     * Like {@link #putDefault}, for fields that are plain Go ints on the server, where a written 0
     * cannot be told from unset and is defaulted as well.
     */
    public Node putDefaultIfZero(String name, ScalarNode value) {
        Node current = get(name);
        if (current.asLong().orElse(-1) == 0) {
            Entry existing = entries.get(name);
            put(name, existing.keyNode(), value);
            return value;
        }
        return putDefault(name, value);
    }

    /**
     * Removes a field, as the API server drops fields whose feature gate is off; returns the
     * removed value, if there was one.
     */
    public java.util.Optional<Node> remove(String name) {
        Entry removed = entries.remove(name);
        return removed == null ? java.util.Optional.empty() : java.util.Optional.of(removed.value());
    }

    @Override
    public Node get(String field) {
        Entry entry = entries.get(field);
        return entry != null ? entry.value() : super.get(field);
    }

    public boolean has(String field) {
        return get(field).isPresent();
    }

    public Optional<Entry> entry(String field) {
        return Optional.ofNullable(entries.get(field));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries.values()));
    }

    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public int size() {
        return entries.size();
    }

    /**
     * The mapping as string labels, the way the API server reads a {@code map[string]string}:
     * scalar values by their text, null as empty. Non-scalar values are skipped (they make the
     * object undecodable, which the schema check reports).
     */
    public Map<String, String> asStringMap() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            if (entry.value() instanceof ScalarNode scalar) {
                result.put(entry.name(), scalar.isNull() ? "" : scalar.text());
            }
        }
        return result;
    }

    @Override
    public String describeType() {
        return "a mapping";
    }

    @Override
    public String toString() {
        return entries.values().stream().map(e -> e.name() + "=" + e.value()).toList().toString();
    }
}
