import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The floor kwlint is measured against: SnakeYAML Engine composing every document of the YAML
 * files under the given paths (with marks, as kwlint needs them), and nothing else.
 * Usage: java -cp kwlint.jar:DIR BareParse [--warm N] PATH...
 * With --warm N it parses everything N times in one JVM and prints the last third's documents per
 * CPU-second of the process (as WarmThroughput measures kwlint).
 */
public final class BareParse {

    public static void main(String[] args) throws IOException {
        int rounds = 1;
        int first = 0;
        if (args.length > 1 && args[0].equals("--warm")) {
            rounds = Integer.parseInt(args[1]);
            first = 2;
        }
        List<Path> files;
        try (Stream<Path> paths = Stream.of(args).skip(first).map(Path::of).flatMap(BareParse::walk)) {
            files = paths.toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long documents = 0;
        long cpuStart = 0;
        int measuredFrom = rounds - rounds / 3;
        long measured = 0;
        for (int round = 0; round < rounds; round++) {
            if (round == measuredFrom) {
                cpuStart = os.getProcessCpuTime();
                measured = 0;
            }
            documents = parseAll(files);
            measured += documents;
        }
        if (rounds > 1) {
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf("%d files %d documents; warm: %.0f documents per CPU-second%n",
                    files.size(), documents, measured / cpu);
        } else {
            System.out.printf("%d files %d documents%n", files.size(), documents);
        }
    }

    private static long parseAll(List<Path> files) {
        AtomicLong documents = new AtomicLong();
        files.parallelStream().forEach(file -> {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).setLabel(file.toString())
                    .setCodePointLimit(64 * 1024 * 1024).build();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Node ignored : new Compose(settings).composeAllFromString(text)) {
                    documents.incrementAndGet();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // A broken file: the floor counts the work done until the parser stopped.
            }
        });
        return documents.get();
    }

    private static Stream<Path> walk(Path path) {
        try {
            return Files.isDirectory(path)
                    ? Files.walk(path).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .filter(Files::isRegularFile).sorted()
                    : Stream.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
