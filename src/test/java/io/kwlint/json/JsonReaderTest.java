package io.kwlint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading JSON: whole values, and a large object's members left unparsed until they are needed. */
class JsonReaderTest {

    @Test
    void membersOfAnObjectAreCutOutUnparsed() {
        String text = """
                {"$schema": "x", "skip": [1, {"a": "}"}, -2.5e3, true, null],
                 "$defs": {"A": {"type": "string", "pattern": "^\\\\\\"[}]$"}, "B": [1, 2], "C": 7, "D": "q\\"}"},
                 "after": 1}
                """;
        Map<String, String> members = JsonReader.unparsedMembers(text, "$defs");
        assertThat(members.keySet()).containsExactly("A", "B", "C", "D");
        assertThat(members.get("A")).isEqualTo("{\"type\": \"string\", \"pattern\": \"^\\\\\\\"[}]$\"}");
        assertThat(JsonReader.parse(members.get("A"))).isEqualTo(Map.of("type", "string", "pattern", "^\\\"[}]$"));
        assertThat(members.get("B")).isEqualTo("[1, 2]");
        assertThat(members.get("C")).isEqualTo("7");
        assertThat(JsonReader.parse(members.get("D"))).isEqualTo("q\"}");
    }

    @Test
    void aMissingMemberIsAnError() {
        assertThatThrownBy(() -> JsonReader.unparsedMembers("{\"a\": 1}", "$defs"))
                .isInstanceOf(JsonReader.JsonException.class);
    }
}
