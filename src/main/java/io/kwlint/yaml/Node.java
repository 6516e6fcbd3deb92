package io.kwlint.yaml;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A node of a parsed YAML document that remembers where it came from.
 *
 * <p>Navigation never fails: asking a scalar for a field, or a mapping for a field it does not
 * have, gives an {@link AbsentNode} that still knows its field path and the nearest node that does
 * exist, so a rule can report "missing" at the place where the field belongs. Nodes filled in by
 * API-server defaulting are {@linkplain #isDefaulted() marked} and point at their parent in the
 * same way.
 */
public abstract sealed class Node permits MapNode, SeqNode, ScalarNode, AbsentNode {

    /** Fields whose values are Go maps: the API server prints their entries as {@code [key]}. */
    private static final Set<String> MAP_FIELDS = Set.of(
            "labels", "annotations", "matchLabels", "nodeSelector", "requests", "limits", "overhead",
            "hard", "data", "binaryData", "stringData", "capacity", "max", "min", "default",
            "defaultRequest", "maxLimitRequestRatio");

    /** Where the node is written, as 1-based lines and columns; line 0 for nodes not in the source. */
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final boolean defaulted;
    private Node parent;
    private String fieldName;
    private int index = -1;
    private ScalarNode key;
    private FieldPath path;

    Node(Span span, boolean defaulted) {
        this(span == null ? 0 : span.start().line(), span == null ? 0 : span.start().column(),
                span == null ? 0 : span.end().line(), span == null ? 0 : span.end().column(), defaulted);
    }

    /** A node at a place given as numbers, so that reading a file allocates no Span per node. */
    Node(int line, int column, int endLine, int endColumn, boolean defaulted) {
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.defaulted = defaulted;
    }

    /** A node from {@code start} to {@code end}, each a line and column packed by {@link #pack}. */
    Node(long start, long end, boolean defaulted) {
        this((int) (start >>> 32), (int) start, (int) (end >>> 32), (int) end, defaulted);
    }

    /** A 1-based line and column as one number, so that reading a file allocates no Position per node. */
    static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xffffffffL);
    }

    /** A node at the same place as {@code source}: a copy made by an alias. */
    Node(Node source, boolean defaulted) {
        this(source.line, source.column, source.endLine, source.endColumn, defaulted);
    }

    /** Attaches this node as the value of {@code key} in a mapping. */
    final void attachToMap(MapNode owner, String field, ScalarNode keyNode) {
        this.parent = owner;
        this.fieldName = field;
        this.index = -1;
        this.key = keyNode;
        this.path = null;
    }

    /**
     * Attaches a key node to the mapping it belongs to, so that a finding about the key itself
     * (a deprecated annotation, a bad label key) has the field's path.
     */
    final void attachAsKey(MapNode owner, String field) {
        this.parent = owner;
        this.fieldName = field;
        this.index = -1;
        this.key = null;
        this.path = null;
    }

    /** Attaches this node as item {@code i} of a sequence. */
    final void attachToSeq(SeqNode owner, int i) {
        this.parent = owner;
        this.fieldName = null;
        this.index = i;
        this.key = null;
        this.path = null;
    }

    /** Makes this node a document root: used when a {@code kind: List} item becomes an object. */
    public final void detach() {
        this.parent = null;
        this.fieldName = null;
        this.index = -1;
        this.key = null;
        this.path = null;
    }

    final void attachAsAbsent(Node owner, String field, int i) {
        this.parent = owner;
        this.fieldName = field;
        this.index = i;
    }

    public final Node parent() {
        return parent;
    }

    /** The field name under which this node sits in its parent mapping, if it does. */
    public final Optional<String> fieldName() {
        return Optional.ofNullable(fieldName);
    }

    /** The key node of the mapping entry whose value this is, if the key was written. */
    public final Optional<ScalarNode> key() {
        return Optional.ofNullable(key);
    }

    public final FieldPath path() {
        if (path == null) {
            if (parent == null) {
                path = FieldPath.root();
            } else if (fieldName != null) {
                boolean mapEntry = parent.fieldName != null && MAP_FIELDS.contains(parent.fieldName);
                path = mapEntry ? parent.path().key(fieldName) : parent.path().child(fieldName);
            } else {
                path = parent.path().index(index);
            }
        }
        return path;
    }

    /** The node's own extent, or {@code null} for nodes that are not in the source. */
    public final Span span() {
        return line == 0 ? null : new Span(new Position(line, column), new Position(endLine, endColumn));
    }

    /** The 1-based line the node starts on; 0 for nodes that are not in the source. */
    public final int line() {
        return line;
    }

    /**
     * Where a finding about this node should point: a scalar's value, a collection's key (the line
     * a person reads as "the field"), and for missing or defaulted nodes the parent's place.
     */
    public Span anchorSpan() {
        boolean writtenScalar = line != 0 && this instanceof ScalarNode scalar && !scalar.isNull();
        if (key != null && !writtenScalar) {
            return key.span();
        }
        if (line == 0) {
            return parent == null ? Span.at(Position.START) : parent.anchorSpan();
        }
        return span();
    }

    /** True for values filled in by API-server defaulting rather than written in the file. */
    public final boolean isDefaulted() {
        return defaulted;
    }

    /** True when the value was written in the file and is not null. */
    public boolean isPresent() {
        return true;
    }

    public final boolean isMap() {
        return this instanceof MapNode;
    }

    public final boolean isSeq() {
        return this instanceof SeqNode;
    }

    public Node get(String field) {
        return new AbsentNode(this, field, -1);
    }

    public Node get(int i) {
        return new AbsentNode(this, null, i);
    }

    /**
     * The field {@code name} of this node as if it were not written, whatever the node holds: for
     * a rule that treats a field as missing (a field whose feature gate is off), with the path and
     * place an absent field has.
     */
    public final Node absentChild(String name) {
        return new AbsentNode(this, name, -1);
    }

    /** Follows a dotted path of field names, e.g. {@code at("spec.template.spec")}. */
    public final Node at(String dottedPath) {
        Node node = this;
        for (String field : fieldsOf(dottedPath)) {
            node = node.get(field);
        }
        return node;
    }

    /**
     * The dotted paths rules ask for are a few dozen constants: each is split once, into the
     * JVM's shared strings, which the parser's field names are too (a lookup then matches by
     * identity). The cache is bounded; a path beyond it is split each time.
     */
    private static final java.util.Map<String, String[]> SPLIT_PATHS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SPLIT_PATHS = 1024;

    private static String[] fieldsOf(String dottedPath) {
        String[] known = SPLIT_PATHS.get(dottedPath);
        if (known != null) {
            return known;
        }
        String[] fields = dottedPath.split("\\.");
        if (SPLIT_PATHS.size() < MAX_SPLIT_PATHS) {
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].intern();
            }
            SPLIT_PATHS.put(dottedPath, fields);
        }
        return fields;
    }

    /** The items of a sequence; empty for anything else. */
    public List<Node> items() {
        return List.of();
    }

    /** The value if this is a string scalar. */
    public Optional<String> asString() {
        return Optional.empty();
    }

    /** The value if this is an integer scalar that fits a long. */
    public OptionalLong asLong() {
        return OptionalLong.empty();
    }

    /** The value if this is an integer scalar that fits a Go int32, as most Kubernetes counts are. */
    public final OptionalInt asInt32() {
        OptionalLong value = asLong();
        if (value.isPresent() && value.getAsLong() >= Integer.MIN_VALUE && value.getAsLong() <= Integer.MAX_VALUE) {
            return OptionalInt.of((int) value.getAsLong());
        }
        return OptionalInt.empty();
    }

    public Optional<BigInteger> asBigInteger() {
        return Optional.empty();
    }

    public Optional<Boolean> asBoolean() {
        return Optional.empty();
    }

    /** True if this is a string scalar equal to {@code value}. */
    public final boolean is(String value) {
        return asString().filter(value::equals).isPresent();
    }

    /** A short name of the node's JSON type for messages: "a string", "a mapping", ... */
    public abstract String describeType();
}
