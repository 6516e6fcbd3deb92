package io.kwlint.source;

import io.kwlint.yaml.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way kubectl's YAML reader does: UTF-8 (an optional byte
 * order mark is dropped), or UTF-16 when a UTF-16 byte order mark says so. Anything else is
 * reported with the line and column of the first byte that is not UTF-8.
 */
public record DecodedText(String text, String error, Position errorPosition) {

    public boolean ok() {
        return error == null;
    }

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null, null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null, null);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int bad = bytes[in.position()] & 0xFF;
            return new DecodedText(null,
                    String.format("the file is not UTF-8: byte 0x%02X cannot start or continue a character; "
                            + "Kubernetes manifests must be UTF-8", bad),
                    positionAfter(out));
        }
        decoder.flush(out);
        out.flip();
        return new DecodedText(out.toString(), null, null);
    }

    /** The position just after the text decoded so far: where the bad byte sits. */
    private static Position positionAfter(CharBuffer decoded) {
        String text = decoded.toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.codePointCount(lineStart, text.length()) + 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
