package io.kwlint.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping (a JSON object) whose keys are strings, in the order they were written. */
public final class MapNode extends Node {

    /** A field of a mapping: the key as written (absent for defaulted fields) and its value. */
    public record Entry(String name, ScalarNode keyNode, Node value) {
    }

    /** Mappings up to this size are searched in order; larger ones (labels, data) get an index. */
    private static final int INDEXED_FROM = 12;

    private final List<Entry> entries = new ArrayList<>(4);
    /**
     * The hash code of each entry's name, in entry order: a search compares these ints before
     * any characters (field names are mostly shared strings whose hash is already computed).
     */
    private int[] hashes = new int[4];
    private Map<String, Integer> index;

    MapNode(Span span, boolean defaulted) {
        super(span, defaulted);
    }

    MapNode(long start, long end) {
        super(start, end, false);
    }

    /** An empty mapping at the same place as {@code source}, for an alias's copy. */
    MapNode(MapNode source) {
        super(source, false);
    }

    /** The position of a field in {@link #entries}, or -1. */
    private int indexOf(String name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        int hash = name.hashCode();
        for (int i = 0, n = entries.size(); i < n; i++) {
            if (hashes[i] == hash && entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void reindex() {
        for (int i = 0; i < entries.size(); i++) {
            hashes[i] = entries.get(i).name().hashCode();
        }
        index = null;
        if (entries.size() >= INDEXED_FROM) {
            index = new HashMap<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                index.put(entries.get(i).name(), i);
            }
        }
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
        Entry entry = new Entry(name, keyNode, value);
        int at = indexOf(name);
        if (at >= 0) {
            return entries.set(at, entry); // a replaced field keeps its place, as a LinkedHashMap's would
        }
        if (entries.size() == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[entries.size()] = name.hashCode();
        entries.add(entry);
        if (index != null) {
            index.put(name, entries.size() - 1);
        } else if (entries.size() == INDEXED_FROM) {
            reindex();
        }
        return null;
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
        int at = indexOf(name);
        put(name, at < 0 ? null : entries.get(at).keyNode(), value);
        return value;
    }

    /**
     * Like {@link #putDefault}, for fields that are plain Go ints on the server, where a written 0
     * cannot be told from unset and is defaulted as well.
     */
    public Node putDefaultIfZero(String name, ScalarNode value) {
        Node current = get(name);
        if (current.asLong().orElse(-1) == 0) {
            put(name, entries.get(indexOf(name)).keyNode(), value);
            return value;
        }
        return putDefault(name, value);
    }

    /**
     * Removes a field, as the API server drops fields whose feature gate is off; returns the
     * removed value, if there was one.
     */
    public Optional<Node> remove(String name) {
        int at = indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        Entry removed = entries.remove(at);
        reindex();
        return Optional.of(removed.value());
    }

    @Override
    public Node get(String field) {
        int at = indexOf(field);
        return at >= 0 ? entries.get(at).value() : super.get(field);
    }

    public boolean has(String field) {
        return get(field).isPresent();
    }

    public Optional<Entry> entry(String field) {
        int at = indexOf(field);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    /** The fields in the order they were written (defaulted ones after them): a read-only view. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.add(e.name()));
        return Collections.unmodifiableSet(names);
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
        for (Entry entry : entries) {
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
        return entries.stream().map(e -> e.name() + "=" + e.value()).toList().toString();
    }
}
