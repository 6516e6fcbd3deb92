package io.kwlint.yaml;

import java.util.Optional;

/**
 * Both of {@link YamlReader}'s ways of reading a text, written out node by node (kind, place, key,
 * text, type, value, plainness) with the problems, so that a test can demand they are equal.
 */
public final class ReaderComparison {

    private static final YamlReader READER = new YamlReader(YamlLimits.DEFAULT);

    private ReaderComparison() {
    }

    /** The stream the fast block-subset parser reads, or empty where it gives up. */
    public static Optional<String> blockSubset(String text) {
        YamlStream stream = READER.read(text, false);
        return READER.readsWithBlockSubset(text) ? Optional.of(dump(stream)) : Optional.empty();
    }

    /** The line the block-subset parser gives up on, 0 where it reads the text. */
    public static int lineGivenUpOn(String text) {
        return BlockYamlParser.lineGivenUpOn(text, YamlLimits.DEFAULT, new BlockYamlParser.Events() {
            @Override
            public void startDocument() {
            }

            @Override
            public void endDocument() {
            }

            @Override
            public void scalar(long start, long end, String value, boolean plain) {
            }

            @Override
            public void startMapping(long start, long end) {
            }

            @Override
            public void startSequence(long start, long end) {
            }

            @Override
            public void endCollection() {
            }
        });
    }

    /** The stream SnakeYAML's parser reads, comments left out. */
    public static String snakeYaml(String text) {
        return dump(READER.readWithSnakeYaml(text, false));
    }

    static String dump(YamlStream stream) {
        StringBuilder out = new StringBuilder();
        for (YamlDocument document : stream.documents()) {
            out.append("document ").append(document.index()).append('\n');
            node(document.root(), 1, out);
        }
        for (YamlProblem problem : stream.problems()) {
            out.append("problem ").append(problem.kind()).append(' ').append(problem.span())
                    .append(' ').append(problem.message()).append('\n');
        }
        return out.toString();
    }

    private static void node(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ').append(node.span());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.type()).append(scalar.isPlain() ? " plain " : " quoted ")
                    .append('[').append(scalar.text().replace("\n", "\\n")).append("] ").append(scalar.value()).append('\n');
        } else if (node instanceof SeqNode seq) {
            out.append('\n');
            seq.items().forEach(item -> node(item, depth + 1, out));
        } else if (node instanceof MapNode map) {
            out.append('\n');
            for (MapNode.Entry entry : map.entries()) {
                out.append("  ".repeat(depth + 1)).append("key ").append(entry.name()).append(' ');
                node(entry.keyNode(), 0, out);
                node(entry.value(), depth + 2, out);
            }
        }
    }
}
