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

    /**
     * {@code text} encoded as {@code original} was: UTF-8, or UTF-8 or UTF-16 with the byte order
     * mark {@code original} starts with; for a file rewritten in place (kwlint check --fix), so
     * that only the changed characters differ.
     */
    public static byte[] encodeLike(byte[] original, String text) {
        if (startsWith(original, 0xFE, 0xFF)) {
            return withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        }
        if (startsWith(original, 0xFF, 0xFE)) {
            return withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return startsWith(original, 0xEF, 0xBB, 0xBF) ? withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8) : utf8;
    }

    private static byte[] withMark(byte[] mark, byte[] body) {
        byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
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
