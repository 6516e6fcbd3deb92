package io.kwlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kwlint.yaml.ReaderComparison;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * kwlint's two YAML readers on arbitrary text: wherever the fast block-subset parser reads a text
 * (rather than give up), it reads exactly what SnakeYAML reads, node for node and place for place.
 */
class YamlReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void blockSubset(byte[] input) {
        long start = System.nanoTime();
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<String> fast = ReaderComparison.blockSubset(text);
        if (fast.isPresent()) {
            assertThat(fast.get()).isEqualTo(ReaderComparison.snakeYaml(text));
        }
        FuzzChecks.finishedInTime(start);
    }
}
