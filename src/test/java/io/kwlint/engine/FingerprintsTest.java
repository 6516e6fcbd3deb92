package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kwlint.testing.Lint;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints are unique per report; repeats count up, and counting is linear (issue 17). */
class FingerprintsTest {

    @Test
    void repeatedFindingsGetOrdinalsAndTheirCountStaysLinear() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n");
        yaml.append("  k: v\n".repeat(50_000));
        Report report = Lint.text("dups.yaml", yaml.toString());
        assertThat(report.findings()).hasSize(49_999).allMatch(f -> f.ruleId().equals("yaml-duplicate-key"));
        // Quadratic counting took minutes here; linear takes well under a second.
        List<String> fingerprints = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Fingerprints.of(report));
        assertThat(new HashSet<>(fingerprints)).hasSize(fingerprints.size());
        assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0).split(":")[0] + ":2");
    }
}
