package io.kwlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.testing.TestPaths;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kwlint's gate table is upstream's versioned specifications, at every release kwlint targets. */
class FeatureTest {

    private static Map<String, List<Feature.Spec>> upstream() throws Exception {
        Map<String, List<Feature.Spec>> specs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestPaths.testdata().resolve("upstream/feature-gates.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            int minor = Integer.parseInt(columns[1].substring(columns[1].indexOf('.') + 1));
            specs.computeIfAbsent(columns[0], k -> new ArrayList<>()).add(new Feature.Spec(minor,
                    Boolean.parseBoolean(columns[2]), Feature.Stage.valueOf(columns[3].toUpperCase(Locale.ROOT))));
        }
        return specs;
    }

    @Test
    void everyGateHasUpstreamsSpecification() throws Exception {
        Map<String, List<Feature.Spec>> upstream = upstream();
        for (Feature feature : Feature.values()) {
            assertThat(feature.specs()).as(feature.gateName()).isEqualTo(upstream.get(feature.gateName()));
        }
        assertThat(upstream.keySet()).hasSize(Feature.values().length);
    }

    @Test
    void atEveryTargetTheGateIsWhereUpstreamHasIt() throws Exception {
        Map<String, List<Feature.Spec>> upstream = upstream();
        for (int minor = 16; minor <= 35; minor++) {
            KubeVersion version = KubeVersion.of(minor);
            for (Feature feature : Feature.values()) {
                Feature.Spec current = null;
                for (Feature.Spec spec : upstream.get(feature.gateName())) {
                    if (spec.minor() <= minor) {
                        current = spec;
                    }
                }
                assertThat(feature.existsIn(version)).as("%s at %s", feature, version).isEqualTo(current != null);
                assertThat(feature.onByDefaultIn(version)).as("%s at %s", feature, version)
                        .isEqualTo(current != null && current.onByDefault());
            }
        }
        assertThat(Feature.MAX_UNAVAILABLE_STATEFUL_SET.onByDefaultIn(KubeVersion.of(35))).isTrue();
        assertThat(Feature.MAX_UNAVAILABLE_STATEFUL_SET.onByDefaultIn(KubeVersion.of(34))).isFalse();
    }
}
