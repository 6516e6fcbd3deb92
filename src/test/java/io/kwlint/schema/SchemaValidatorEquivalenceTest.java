package io.kwlint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LoadLimits;
import io.kwlint.engine.ManifestLoader;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.source.SourceInput;
import io.kwlint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kwlint validates objects against its bundled schemas with its own compiled validator; networknt,
 * the general JSON Schema validator, is the reference it must agree with. Every manifest of the
 * repository and the corpus, and mutations of each (values of every JSON type and range, misspelt
 * keys), must give exactly the same problems from both, except where networknt itself fails.
 */
class SchemaValidatorEquivalenceTest {

    private static final Pattern FIELD_LINE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][\\w.-]*)(:\\s+)(\\S.*)$");
    private static final String[] VALUES = {"1.5", "1.0", "1e3", "1e19", "-1", "3000000000", "99999999999999999999",
        "null", "true", "\"text\"", "{}", "[]", "[1, null]", "{a: 1}", "1e400", ".nan", ".inf", "-.inf", "0x1F", "\"80\"",
        "100m", "1.5Gi", "\"-\"", "TCP", "tcp", "Always"};

    private final ManifestLoader loader = new ManifestLoader(LoadLimits.DEFAULT, KubeVersion.DEFAULT, RuleCatalog.builtIn());

    @Test
    void kwlintsValidatorAgreesWithNetworkntOnEveryManifestAndItsMutations() throws IOException {
        List<Path> files = new ArrayList<>(yamlFiles(TestPaths.testdata()));
        if (TestPaths.corpusAvailable()) {
            files.addAll(yamlFiles(TestPaths.corpus()));
        }
        Random random = new Random(20261201);
        int[] counts = new int[3];
        for (KubeVersion version : List.of(KubeVersion.DEFAULT, KubeVersion.of(28))) {
            Schemas schemas = new Schemas(version, List.of());
            for (Path file : files) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                compare(schemas, file.toString(), text, counts);
                if (version.equals(KubeVersion.DEFAULT)) {
                    for (int i = 0; i < 3; i++) {
                        compare(schemas, file + " (mutation " + i + ")", mutate(text, random), counts);
                    }
                }
            }
        }
        assertThat(counts[0]).as("objects compared").isGreaterThan(1000);
        assertThat(counts[1]).as("problems compared").isGreaterThan(1000);
    }

    private void compare(Schemas schemas, String name, String text, int[] counts) {
        for (KubeObject object : loader.load(SourceInput.text(name, text)).objects()) {
            Optional<Schemas.ObjectSchema> own = schemas.find(object.apiVersion(), object.kindName());
            Optional<Schemas.ObjectSchema> reference = schemas.networkntReference(object.apiVersion(), object.kindName());
            if (own.isEmpty() || reference.isEmpty()) {
                continue;
            }
            List<String> ours = describe(own.get().validate(object.root()));
            List<String> theirs;
            try {
                theirs = describe(reference.get().validate(object.root()));
            } catch (RuntimeException e) {
                counts[2]++; // networknt cannot convert numbers beyond 64 bits; kwlint's validator can
                continue;
            }
            assertThat(ours).as("%s, %s", name, object.ref()).containsExactlyInAnyOrderElementsOf(theirs);
            counts[0]++;
            counts[1] += ours.size();
        }
    }

    private static List<String> describe(List<SchemaProblem> problems) {
        return problems.stream().map(p -> p.keyword() + " " + p.instancePath() + " " + p.property() + " "
                + p.knownProperties() + " " + (p.keyword().equals("type") ? p.expectedTypes() : "")
                + (p.keyword().equals("enum") ? p.enumValues() : "") + " " + (p.keyword().equals("pattern") && p.quantity()) + " "
                + (p.keyword().matches("type|enum|required|additionalProperties") ? "" : p.message())).toList();
    }

    /** The text with a few values replaced and a key misspelt, line by line. */
    private static String mutate(String text, Random random) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher field = FIELD_LINE.matcher(lines[i]);
            if (field.matches() && random.nextInt(6) == 0) {
                lines[i] = random.nextInt(4) == 0
                        ? field.group(1) + field.group(2) + "x" + field.group(3) + field.group(4)
                        : field.group(1) + field.group(2) + field.group(3) + VALUES[random.nextInt(VALUES.length)];
            }
        }
        return String.join("\n", lines);
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
