package io.kwlint.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlCommentsTest {

    @Test
    void commentsAreWhatTheParserReadsNotHashesInContent() {
        String text = """
                # alone on its line
                a: 1  # after content
                b: "# in a quoted string"
                c: |
                  # in a block scalar
                d: [1, 2]  # after a flow sequence
                """;
        YamlStream stream = new YamlReader(YamlLimits.DEFAULT).read(text);
        assertThat(stream.problems()).isEmpty();
        assertThat(stream.comments()).extracting(YamlComment::text)
                .containsExactly(" alone on its line", " after content", " after a flow sequence");
        assertThat(stream.comments()).extracting(YamlComment::ownLine).containsExactly(true, false, false);
        assertThat(stream.comments().get(1).start()).isEqualTo(new Position(2, 7));
    }

    @Test
    void aReadWithoutCommentsBuildsTheSameTreesAndNoComments() {
        String text = "# head\na: 1  # tail\nb:\n  # inside\n  - x\n---\nc: {d: 2}  # flow\n";
        YamlStream withComments = new YamlReader(YamlLimits.DEFAULT).read(text, true);
        YamlStream without = new YamlReader(YamlLimits.DEFAULT).read(text, false);
        assertThat(without.comments()).isEmpty();
        assertThat(withComments.comments()).hasSize(4);
        assertThat(without.documents()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Node a = withComments.documents().get(i).root();
            Node b = without.documents().get(i).root();
            assertThat(located(b)).isEqualTo(located(a));
        }
    }

    /** A node's text with the span of every node in it. */
    private static String located(Node node) {
        String here = node.span() + " ";
        if (node instanceof MapNode map) {
            return here + map.entries().stream().map(e -> e.name() + "=" + located(e.value())).toList();
        }
        if (node instanceof SeqNode) {
            return here + node.items().stream().map(YamlCommentsTest::located).toList();
        }
        return here + node;
    }
}
