package io.kwlint.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mapping keeps its fields in written order, small or large (indexed), through every change. */
class MapNodeTest {

    private static MapNode read(String yaml) {
        return (MapNode) new YamlReader(YamlLimits.DEFAULT).read(yaml).documents().get(0).root();
    }

    private static String fields(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append("k").append(i).append(": v").append(i).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void smallAndIndexedMappingsAnswerTheSame() {
        for (int size : new int[] {1, 11, 12, 13, 500}) {
            MapNode map = read(fields(size));
            assertThat(map.size()).isEqualTo(size);
            for (int i = 0; i < size; i++) {
                assertThat(map.get("k" + i).asString()).contains("v" + i);
                assertThat(map.get("k" + i).line()).isEqualTo(i + 1);
            }
            assertThat(map.get("missing").isPresent()).isFalse();
            List<String> names = new ArrayList<>();
            map.entries().forEach(e -> names.add(e.name()));
            assertThat(names).hasSize(size).startsWith("k0").endsWith("k" + (size - 1));
        }
    }

    @Test
    void aRemovedFieldIsGoneAndTheOthersKeepTheirOrder() {
        for (int size : new int[] {5, 40}) {
            MapNode map = read(fields(size));
            assertThat(map.remove("k2")).isPresent();
            assertThat(map.remove("k2")).isEmpty();
            assertThat(map.get("k2").isPresent()).isFalse();
            assertThat(map.get("k3").asString()).contains("v3");
            assertThat(map.entries().get(2).name()).isEqualTo("k3");
            map.putDefault("k2", ScalarNode.defaulted("again"));
            assertThat(map.entries().get(size - 1).name()).isEqualTo("k2");
            assertThat(map.get("k2").isDefaulted()).isTrue();
        }
    }

    @Test
    void aDuplicateKeyKeepsTheFirstPlaceAndTheLastValue() {
        YamlStream stream = new YamlReader(YamlLimits.DEFAULT).read(fields(20) + "k3: later\n");
        MapNode map = (MapNode) stream.documents().get(0).root();
        assertThat(map.size()).isEqualTo(20);
        assertThat(map.entries().get(3).value().asString()).contains("later");
        assertThat(stream.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("first at line 4"));
    }
}
