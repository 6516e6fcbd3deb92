package io.kwlint.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML stream into located {@link Node} trees.
 *
 * <p>It consumes the parser's events itself instead of using SnakeYAML's composer, for four
 * reasons: nesting depth is checked as events arrive (deeply nested input is slow to scan, so
 * stopping early matters), aliases are expanded into independent copies with correct field paths
 * under a node budget, duplicate keys are reported with both places, and merge keys ({@code <<})
 * follow go-yaml, which is what kubectl uses.
 *
 * <p>Where comments do not matter, the events come from {@link BlockYamlParser} (several times
 * faster, for the block style nearly every manifest is written in) and, for any text outside
 * that parser's subset, from SnakeYAML: both give the same events at the same places.
 */
public final class YamlReader {

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** The documents, problems and comments of a stream. */
    public YamlStream read(String text) {
        return read(text, true);
    }

    /**
     * The documents and problems of a stream, and its comments only if {@code keepComments}:
     * reading comments doubles SnakeYAML's scanning cost, so a caller that knows no comment of
     * the text can matter skips them.
     */
    public YamlStream read(String text, boolean keepComments) {
        if (!keepComments) {
            Run fast = new Run(text, false);
            if (fast.readBlockSubset()) {
                return fast.stream();
            }
        }
        return readWithSnakeYaml(text, keepComments);
    }

    /** Whether {@link #read(String, boolean)} reads {@code text} without comments with the fast parser. */
    boolean readsWithBlockSubset(String text) {
        return new Run(text, false).readBlockSubset();
    }

    /** The stream as SnakeYAML's parser reads it: the reader of every text, before the fast one. */
    YamlStream readWithSnakeYaml(String text, boolean keepComments) {
        return new Run(text, keepComments).read();
    }

    /** Thrown inside a run to stop reading: a limit exceeded (LIMIT) or an alias that is wrong (SYNTAX). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final YamlProblem.Kind kind;
        final Span span;

        Stop(YamlProblem.Kind kind, String message, Span span) {
            super(message, null, false, false);
            this.kind = kind;
            this.span = span;
        }
    }

    /** A double-quoted scalar that the text ends in the middle of an escape of, such as {@code "\x} or a short u-escape. */
    private static final Pattern ESCAPE_AT_END = Pattern.compile("\\\\(x[0-9A-Fa-f]?|u[0-9A-Fa-f]{0,3}|U[0-9A-Fa-f]{0,7})\\s*$");

    /** A mapping or sequence whose end event has not arrived yet. */
    private static final class Frame {
        final Node node;
        final String anchor;
        ScalarNode pendingKey;
        String pendingName;
        boolean pendingIsMerge;
        boolean skipValue;
        final List<MapNode> merges = new ArrayList<>();

        Frame(Node node, String anchor) {
            this.node = node;
            this.anchor = anchor;
        }

        boolean expectingKey() {
            return pendingKey == null && !skipValue && !pendingIsMerge;
        }
    }

    private final class Run implements BlockYamlParser.Events {
        private final String text;
        private final List<YamlDocument> documents = new ArrayList<>();
        private final List<YamlProblem> problems = new ArrayList<>();
        private final List<YamlComment> comments = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Node> anchors = new HashMap<>();
        private final Set<String> openAnchors = new HashSet<>();
        private int aliasNodesLeft = limits.maxAliasNodes();
        private int documentIndex = -1;
        private Node root;
        /** The last event read: where an error without a position of its own is reported. */
        private Event lastEvent;

        private final boolean keepComments;

        Run(String text, boolean keepComments) {
            this.text = text;
            this.keepComments = keepComments;
        }

        YamlStream read() {
            LoadSettings settings = LoadSettings.builder()
                    .setUseMarks(true)
                    .setParseComments(keepComments)
                    .setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024))
                    .build();
            try {
                for (Event event : new Parse(settings).parseString(text)) {
                    handle(event);
                }
            } catch (Stop e) {
                problems.add(new YamlProblem(e.kind, e.getMessage(), e.span));
            } catch (MarkedYamlEngineException e) {
                problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, syntaxMessage(e), syntaxSpan(e, text)));
            } catch (YamlEngineException e) {
                problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, oneLine(e.getMessage()), lastSpan()));
            } catch (RuntimeException e) {
                // The parser should only throw YamlEngineException; anything else is still a
                // problem of this file, never a reason to lose the others.
                problems.add(unexpectedFailure(e));
            }
            return stream();
        }

        /**
         * Reads the text with {@link BlockYamlParser}; false if it is outside that parser's subset
         * (or this run stopped on a limit, which SnakeYAML's run then reports), and this run must
         * then be thrown away.
         */
        boolean readBlockSubset() {
            try {
                return BlockYamlParser.parse(text, limits, this);
            } catch (RuntimeException e) {
                return false;
            }
        }

        YamlStream stream() {
            return new YamlStream(List.copyOf(documents), List.copyOf(problems), List.copyOf(comments));
        }

        /**
         * A parser failure that is no YAML error of the parser's own (SnakeYAML has a few, such as
         * an escape cut off by the end of the text), said in YAML terms where it is known.
         */
        private YamlProblem unexpectedFailure(RuntimeException e) {
            Matcher escape = ESCAPE_AT_END.matcher(text);
            if (escape.find()) {
                return new YamlProblem(YamlProblem.Kind.SYNTAX, "found unexpected end of stream in the escape sequence `"
                        + escape.group().strip() + "` (while scanning a double-quoted scalar)", Span.at(positionOf(escape.start())));
            }
            return new YamlProblem(YamlProblem.Kind.SYNTAX, "the YAML cannot be read after this point ("
                    + e.getClass().getSimpleName() + " in the parser)", lastSpan());
        }

        /** The line and column (in code points) of a char index of the text. */
        private Position positionOf(int index) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Position(line, text.codePointCount(lineStart, index) + 1);
        }

        private Span lastSpan() {
            return lastEvent == null ? Span.at(Position.START) : Span.at(span(lastEvent).start());
        }

        private void handle(Event event) {
            lastEvent = event;
            switch (event.getEventId()) {
                case DocumentStart -> startDocument(span(event));
                case DocumentEnd -> endDocument();
                case Scalar -> scalar((ScalarEvent) event);
                case Alias -> alias((AliasEvent) event);
                case MappingStart -> startCollection(new MapNode(start(event), end(event)), anchor((CollectionStartEvent) event));
                case SequenceStart -> startCollection(new SeqNode(start(event), end(event)), anchor((CollectionStartEvent) event));
                case MappingEnd, SequenceEnd -> endCollection();
                case Comment -> comment((CommentEvent) event);
                default -> {
                    // StreamStart, StreamEnd: nothing to build.
                }
            }
        }

        /** Comments are kept beside the trees, for what reads them (suppressions); blank lines are not. */
        private void comment(CommentEvent event) {
            if (event.getCommentType() != CommentType.BLANK_LINE) {
                comments.add(new YamlComment(span(event).start(), event.getValue(), event.getCommentType() == CommentType.BLOCK));
            }
        }

        @Override
        public void startDocument() {
            // BlockYamlParser gives up before the limit, so no place is needed.
            startDocument(Span.at(Position.START));
        }

        private void startDocument(Span where) {
            documentIndex++;
            if (documentIndex >= limits.maxDocuments()) {
                throw new Stop(YamlProblem.Kind.LIMIT, "more than " + limits.maxDocuments()
                        + " documents in one file; the rest of the file was not read", where);
            }
            anchors.clear();
            openAnchors.clear();
            root = null;
        }

        @Override
        public void endDocument() {
            boolean empty = root == null || (root instanceof ScalarNode scalar && scalar.isNull());
            if (!empty) {
                documents.add(new YamlDocument(documentIndex, root));
            }
            root = null;
        }

        private void scalar(ScalarEvent event) {
            String tag = event.getTag().orElse(null);
            ScalarNode node = ScalarResolver.resolve(start(event), end(event), event.getValue(), event.isPlain(), tag);
            if (event.getAnchor().isPresent()) {
                anchors.put(event.getAnchor().get().getValue(), node);
            }
            boolean merge = ScalarResolver.isMergeKey(event.getValue(), event.isPlain(), tag);
            add(node, false, merge);
        }

        @Override
        public void scalar(long start, long end, String value, boolean plain) {
            add(ScalarResolver.resolve(start, end, value, plain, null), false, ScalarResolver.isMergeKey(value, plain, null));
        }

        @Override
        public void startMapping(long start, long end) {
            startCollection(new MapNode(start, end), null);
        }

        @Override
        public void startSequence(long start, long end) {
            startCollection(new SeqNode(start, end), null);
        }

        private void alias(AliasEvent event) {
            String name = event.getAlias().getValue();
            Node target = anchors.get(name);
            if (target == null) {
                String why = openAnchors.contains(name) ? "refers to a node that contains it (a recursive alias)"
                        : "refers to no anchor defined before it in this document";
                throw new Stop(YamlProblem.Kind.SYNTAX, "alias *" + name + " " + why, span(event));
            }
            add(copy(target, span(event)), true, false);
        }

        private String anchor(CollectionStartEvent event) {
            return event.getAnchor().isPresent() ? event.getAnchor().get().getValue() : null;
        }

        private void startCollection(Node node, String anchor) {
            if (stack.size() >= limits.maxDepth()) {
                throw new Stop(YamlProblem.Kind.LIMIT, "nesting deeper than " + limits.maxDepth()
                        + " levels; the rest of the file was not read", node.span());
            }
            if (anchor != null) {
                openAnchors.add(anchor);
            }
            stack.push(new Frame(node, anchor));
        }

        @Override
        public void endCollection() {
            Frame frame = stack.pop();
            if (frame.node instanceof MapNode map) {
                applyMerges(map, frame.merges);
            }
            if (frame.anchor != null) {
                openAnchors.remove(frame.anchor);
                anchors.put(frame.anchor, frame.node);
            }
            add(frame.node, false, false);
        }

        /** Places a complete node: as the document root, a sequence item, a key or a value. */
        private void add(Node node, boolean fromAlias, boolean isMergeKey) {
            Frame frame = stack.peek();
            if (frame == null) {
                root = node;
            } else if (frame.node instanceof SeqNode seq) {
                seq.add(node);
            } else if (frame.expectingKey()) {
                addKey(frame, node, isMergeKey);
            } else {
                addValue(frame, node, fromAlias);
            }
        }

        private void addKey(Frame frame, Node key, boolean isMergeKey) {
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(new YamlProblem(YamlProblem.Kind.UNSUPPORTED,
                        "a mapping key must be a string, not " + key.describeType()
                                + ": Kubernetes objects are JSON objects",
                        key.span()));
                frame.skipValue = true;
                return;
            }
            if (isMergeKey) {
                frame.pendingIsMerge = true;
                frame.pendingKey = scalar;
                return;
            }
            frame.pendingKey = scalar;
            frame.pendingName = ScalarResolver.jsonKey(scalar);
        }

        private void addValue(Frame frame, Node value, boolean fromAlias) {
            MapNode map = (MapNode) frame.node;
            ScalarNode key = frame.pendingKey;
            if (frame.skipValue) {
                frame.skipValue = false;
            } else if (frame.pendingIsMerge) {
                addMergeSource(frame, key, value, fromAlias);
            } else {
                MapNode.Entry replaced = map.put(frame.pendingName, key, value);
                if (replaced != null) {
                    problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY,
                            "duplicate key `" + frame.pendingName + "` (first at line "
                                    + replaced.keyNode().span().start().line() + "); kubectl rejects the object",
                            key.span()));
                }
            }
            frame.pendingKey = null;
            frame.pendingName = null;
            frame.pendingIsMerge = false;
        }

        /** go-yaml accepts a map, an alias to a map, or a literal sequence of maps to merge. */
        private void addMergeSource(Frame frame, ScalarNode key, Node value, boolean fromAlias) {
            if (value instanceof MapNode source) {
                frame.merges.add(source);
                return;
            }
            if (value instanceof SeqNode seq && !fromAlias
                    && seq.items().stream().allMatch(item -> item instanceof MapNode)) {
                seq.items().forEach(item -> frame.merges.add((MapNode) item));
                return;
            }
            problems.add(new YamlProblem(YamlProblem.Kind.UNSUPPORTED,
                    "map merge requires a map or a sequence of maps, not " + value.describeType(), key.span()));
        }

        /** Merged fields fill in what the mapping does not set itself; earlier sources win. */
        private void applyMerges(MapNode map, List<MapNode> merges) {
            for (MapNode source : merges) {
                for (MapNode.Entry entry : source.entries()) {
                    if (map.entry(entry.name()).isEmpty()) {
                        map.put(entry.name(), entry.keyNode(), entry.value());
                    }
                }
            }
        }

        /** An independent copy of an anchored node, so that each use has its own field path. */
        private Node copy(Node node, Span aliasSpan) {
            if (--aliasNodesLeft < 0) {
                throw new Stop(YamlProblem.Kind.LIMIT, "aliases expand to more than " + limits.maxAliasNodes()
                        + " nodes (a \"billion laughs\" guard); the rest of the file was not read", aliasSpan);
            }
            if (node instanceof ScalarNode scalar) {
                return scalar.copy();
            }
            if (node instanceof SeqNode seq) {
                SeqNode copy = new SeqNode(seq);
                for (Node item : seq.items()) {
                    copy.add(copy(item, aliasSpan));
                }
                return copy;
            }
            MapNode map = (MapNode) node;
            MapNode copy = new MapNode(map);
            for (MapNode.Entry entry : map.entries()) {
                copy.put(entry.name(), entry.keyNode(), copy(entry.value(), aliasSpan));
            }
            return copy;
        }

        private Span span(Event event) {
            Position start = event.getStartMark().map(YamlReader::position).orElse(Position.START);
            Position end = event.getEndMark().map(YamlReader::position).orElse(start);
            return new Span(start, end);
        }
    }

    /** Where an event starts, packed (see {@link Node#pack}). */
    private static long start(Event event) {
        Mark mark = event.getStartMark().orElse(null);
        return mark == null ? Node.pack(1, 1) : Node.pack(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Where an event ends (exclusive), packed; where it starts if the parser did not say. */
    private static long end(Event event) {
        Mark mark = event.getEndMark().orElse(null);
        return mark == null ? start(event) : Node.pack(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * Where a syntax error is. The line and column come from the mark's offset, counted as reports
     * count them: the parser does not count a carriage return that ends the text as a line break.
     */
    private static Span syntaxSpan(MarkedYamlEngineException e, String text) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        if (mark.isEmpty()) {
            return Span.at(Position.START);
        }
        int index = mark.get().getIndex();
        if (index < 0 || index > text.codePointCount(0, text.length())) {
            return Span.at(position(mark.get()));
        }
        int chars = text.offsetByCodePoints(0, index);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return Span.at(new Position(line, text.codePointCount(lineStart, chars) + 1));
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        String problem = oneLine(e.getProblem());
        String context = e.getContext();
        if (context == null || context.isBlank()) {
            return problem;
        }
        String where = e.getContextMark().map(m -> " started at line " + (m.getLine() + 1)).orElse("");
        return problem + " (" + oneLine(context) + where + ")";
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
