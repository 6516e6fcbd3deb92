package io.kwlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** An input not read yet: a file on disk or a stream such as standard input. */
public final class SourceInput {

    /** Supplies the input's bytes, reading at most {@code limit + 1} of them. */
    @FunctionalInterface
    public interface ByteSource {
        byte[] read(long limit) throws IOException;
    }

    private final String displayPath;
    private final Path path;
    private final ByteSource bytes;
    private final boolean discovered;

    private SourceInput(String displayPath, Path path, ByteSource bytes, boolean discovered) {
        this.displayPath = displayPath;
        this.path = path;
        this.bytes = bytes;
        this.discovered = discovered;
    }

    /**
     * True for a file a directory walk found rather than one named: such a file is skipped when it
     * holds no Kubernetes object at all (a tool's configuration, a workflow).
     */
    public boolean discovered() {
        return discovered;
    }

    /** The same file, as found by a directory walk. */
    public SourceInput asDiscovered() {
        return new SourceInput(displayPath, path, bytes, true);
    }

    /**
     * A file on disk. Only a regular file is read: a FIFO without a writer (or a device, a socket)
     * would block the run forever, so it is refused with {@link NotARegularFileException}, and the
     * other inputs are still checked. Streams come in through {@link #stream} ({@code -}).
     */
    public static SourceInput file(Path path, String displayPath) {
        return new SourceInput(displayPath, path, (ByteSource) limit -> {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile() && !attributes.isDirectory()) {
                throw new NotARegularFileException(path);
            }
            return readAtMost(Files.newInputStream(path), limit);
        }, false);
    }

    /** A named input that is a FIFO, a device or a socket. */
    public static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFileException(Path path) {
            super(path + " is not a regular file (a pipe, device or socket); pipe a stream into - instead");
        }
    }

    /** An input read from a stream, e.g. standard input, shown in reports as {@code displayPath}. */
    public static SourceInput stream(String displayPath, InputStream in) {
        return new SourceInput(displayPath, null, limit -> readAtMost(in, limit), false);
    }

    /** An input with known content, for tests and for tools that already hold the text. */
    public static SourceInput text(String displayPath, String text) {
        byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new SourceInput(displayPath, null, limit -> content, false);
    }

    /**
     * A file whose text an editor holds, saved or not: checked as that text, but still the file
     * at {@code path} (its directory's kustomization, its place among its neighbours).
     */
    public static SourceInput edited(Path path, String displayPath, String text) {
        byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new SourceInput(displayPath, path, limit -> content, false);
    }

    public String displayPath() {
        return displayPath;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public byte[] read(long limit) throws IOException {
        return bytes.read(limit);
    }

    private static byte[] readAtMost(InputStream stream, long limit) throws IOException {
        try (InputStream in = stream) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
