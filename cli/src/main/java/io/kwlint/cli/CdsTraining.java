package io.kwlint.cli;

import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run the launcher ({@code cli/kwlint}) records a class-data-sharing archive from, once per
 * jar and Java runtime: the commands people run most, on every rule page's examples (every kind
 * kwlint models, every report format, the rollout preview), so that the archive holds the classes
 * any later run needs and start-up skips loading and verifying them.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kwlint-cds-");
        try {
            int n = 0;
            for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
                for (List<String> examples : List.of(rule.badExamples(), rule.goodExamples())) {
                    for (String example : examples) {
                        Files.writeString(dir.resolve(String.format("%03d-%s.yaml", n++, rule.id())), example);
                    }
                }
            }
            Path out = dir.resolve("reports");
            Files.createDirectories(out);
            String target = dir.toString();
            run("check", target, "--no-config", "--format", "text", "--format", "compact", "--output", out + "/c.txt",
                    "--format", "json", "--output", out + "/r.json", "--format", "sarif", "--output", out + "/r.sarif",
                    "--format", "junit", "--output", out + "/r.xml", "--format", "github", "--output", out + "/r.gh");
            run("simulate", target, "--no-config");
            run("simulate", target, "--no-config", "--format", "json");
            run("rules");
            run("--help");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void run(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Environment environment = new Environment(InputStream.nullInputStream(), Path.of("").toAbsolutePath(),
                Map.of("NO_COLOR", "1"), false);
        Main.run(args, environment, sink, sink);
        sink.flush();
    }
}
