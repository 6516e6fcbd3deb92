package io.kwlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodeLikeTest {

    @Test
    void aRewrittenFileKeepsItsEncodingAndByteOrderMark() {
        String text = "kind: Pod # ünïcode\n";
        assertThat(DecodedText.encodeLike("x".getBytes(StandardCharsets.UTF_8), text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
        java.nio.charset.Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (int i = 0; i < marks.length; i++) {
            byte[] rewritten = DecodedText.encodeLike(concat(marks[i], "x".getBytes(charsets[i])), text);
            assertThat(rewritten).isEqualTo(concat(marks[i], text.getBytes(charsets[i])));
            assertThat(DecodedText.decode(rewritten).text()).isEqualTo(text);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
