package io.kwlint.report;


import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.model.Feature;
import io.kwlint.model.Target;
import io.kwlint.rollout.Assumption;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.source.InputCollector;
import io.kwlint.testing.Golden;
import io.kwlint.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rollout previews of testdata/simulate/*.yaml, text and JSON, byte for byte against
 * testdata/golden/simulate/. A first line {@code # kwlint-simulate: assume=stalled nodes=5
 * feature-gates=Gate=true from=TIME} sets the options. Regenerate with -Dkwlint.updateGolden=true.
 */
class SimulateGoldenTest {

    @TestFactory
    Stream<DynamicTest> previews() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestPaths.testdata().resolve("simulate"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".yaml", "");
                tests.add(DynamicTest.dynamicTest(name, () -> check(file, name)));
            }
        }
        return tests.stream();
    }

    private static void check(Path file, String name) throws Exception {
        Map<String, String> header = header(Files.readAllLines(file).get(0));
        Map<Feature, Boolean> gates = new EnumMap<>(Feature.class);
        if (header.containsKey("feature-gates")) {
            String[] gate = header.get("feature-gates").split("=");
            gates.put(Feature.named(gate[0]).orElseThrow(), Boolean.parseBoolean(gate[1]));
        }
        LintOptions lint = LintOptions.defaults().withFeatureGates(gates);
        String relative = TestPaths.root().relativize(file).toString().replace('\\', '/');
        Report report = new Linter(lint).check(new InputCollector(TestPaths.root(), List.of(), List.of(), true)
                .collect(List.of(relative)));
        SimulateOptions options = new SimulateOptions(new Target(lint.kubeVersion(), gates),
                Assumption.valueOf(header.getOrDefault("assume", "ready").toUpperCase(Locale.ROOT)),
                Integer.parseInt(header.getOrDefault("nodes", "3")),
                ZonedDateTime.parse(header.getOrDefault("from", "2026-01-05T00:00:00Z")).withZoneSameInstant(ZoneOffset.UTC),
                Integer.parseInt(header.getOrDefault("runs", "5")));
        List<Preview> previews = RolloutPreviews.of(report, options, object -> true);
        // kwlint simulate runs only the rules that can reject an object: its previews are check --simulate's.
        Report previewRun = new Linter(RolloutPreviews.forPreviews(lint)).check(
                new InputCollector(TestPaths.root(), List.of(), List.of(), true).collect(List.of(relative)));
        org.assertj.core.api.Assertions.assertThat(new PreviewJsonReporter().render(RolloutPreviews.of(previewRun, options, o -> true)))
                .as("simulate's previews of %s", name).isEqualTo(new PreviewJsonReporter().render(previews));
        matchesGolden(name + ".txt", new PreviewTextReporter().render(previews));
        matchesGolden(name + ".json", new PreviewJsonReporter().render(previews));
    }

    private static Map<String, String> header(String firstLine) {
        Map<String, String> options = new java.util.HashMap<>();
        if (firstLine.startsWith("# kwlint-simulate:")) {
            for (String option : firstLine.substring("# kwlint-simulate:".length()).trim().split("\\s+")) {
                int equals = option.indexOf('=');
                options.put(option.substring(0, equals), option.substring(equals + 1));
            }
        }
        return options;
    }

    private static void matchesGolden(String name, String actual) throws Exception {
        Golden.assertMatches("simulate/" + name, actual);
    }
}
