import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.report.ReportFormat;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * kwlint's engine in one warm JVM: checks a directory ROUNDS times (loading, schemas, rules and a
 * JSON report, as `kwlint check --format json` does) and prints the objects checked per CPU-second
 * of the whole process (compiler and GC threads included) over the last third of the rounds. The
 * JIT takes long to settle on this much code: with 10 rounds of the x8 corpus the CPU-seconds per
 * round still halve between rounds 5 and 10, so the first line shows every round's CPU-seconds and
 * a reader can see that the measured rounds are flat.
 * Usage: java -cp kwlint.jar:DIR WarmThroughput DIR ROUNDS
 */
public final class WarmThroughput {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        List<SourceInput> inputs = new InputCollector(dir, List.of(), List.of(), false).collect(List.of("."));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long objects = 0;
        long cpuStart = 0;
        long wallStart = 0;
        long bytes = 0;
        StringBuilder perRound = new StringBuilder("CPU-s per round:");
        for (int round = 0; round < rounds; round++) {
            long roundStart = os.getProcessCpuTime();
            if (round == rounds - rounds / 3) {
                perRound.append(" |");
                System.gc();
                cpuStart = os.getProcessCpuTime();
                wallStart = System.nanoTime();
                objects = 0;
            }
            Report report = new Linter(LintOptions.defaults()).check(inputs);
            bytes += ReportFormat.JSON.render(report, dir, null, false, UnaryOperator.identity()).length();
            objects += report.objectCount();
            perRound.append(String.format(" %.2f", (os.getProcessCpuTime() - roundStart) / 1e9));
        }
        System.out.println(perRound);
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long live = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf("%d objects in %.2f CPU-s (%.2f s wall): %.0f objects per CPU-second; live heap %d MiB (%d report bytes)%n",
                objects, cpu, wall, objects / cpu, live, bytes);
    }
}
