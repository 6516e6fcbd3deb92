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
}
