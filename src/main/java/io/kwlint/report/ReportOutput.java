package io.kwlint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where rendered reports leave kwlint: text that any UTF-8 writer can encode, written so that a
 * reader never sees half a report. Shared by the command line and the Maven plugin.
 */
public final class ReportOutput {

    private ReportOutput() {
    }

    /**
     * The text with every lone UTF-16 surrogate (a YAML escape such as {@code "\uD800"} can put one
     * in a label key, which no UTF-8 encoder accepts) replaced by its escape, {@code \uD800}: valid
     * JSON, printable text, legal XML. Well-formed text is returned as it is.
     */
    public static String encodable(String text) {
        int first = firstLoneSurrogate(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes a report in UTF-8 through a temporary file in the same directory, renamed over the
     * target: a CI step that reads it after a killed run finds the previous report or the new
     * one, never a truncated one.
     */
    /**
     * A temporary file is private (rw-------); a report is not: it keeps the permissions of the file
     * it replaces, or gets rw-r--r-- as a plain new file would under the usual umask.
     */
    private static void readableLikeAnyReport(Path temporary, Path target) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the temporary file has the folder's default ACL
        }
    }

    public static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, encodable(text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code file} and renames it over it: a
     * reader sees the old content or the new, never half of it. A replaced file keeps its mode.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, bytes);
            readableLikeAnyReport(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
