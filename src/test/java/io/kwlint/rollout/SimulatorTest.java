package io.kwlint.rollout;

import static io.kwlint.rollout.StepsFormat.oldNew;
import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.source.SourceInput;
import java.util.List;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.Target;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the simulator resolves a manifest's (defaulted) parameters before it simulates. */
class SimulatorTest {

    private static Preview preview(String yaml, Map<Feature, Boolean> gates, int nodes) {
        Report report = new Linter(LintOptions.defaults().withFeatureGates(gates))
                .check(List.of(SourceInput.text("w.yaml", yaml)));
        SimulateOptions options = new SimulateOptions(new Target(KubeVersion.DEFAULT, gates), Assumption.READY, nodes,
                ZonedDateTime.of(2026, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC), 3);
        return new Simulator(options, new ObjectSet(report.objects())).previewAll().get(0);
    }

    private static String deployment(int replicas) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: " + replicas
                + "\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n"
                + "    spec: {containers: [{name: c, image: nginx:1.27}]}\n";
    }

    @Test
    void defaultQuarterPercentsAtOneThreeAndTenReplicas() {
        assertThat(preview(deployment(1), Map.of(), 3).parameters())
                .containsExactly("replicas 1", "maxSurge \"25%\" → 1", "maxUnavailable \"25%\" → 0");
        assertThat(oldNew(preview(deployment(1), Map.of(), 3).steps())).isEqualTo("1/0 → 1/1 → 0/1");
        assertThat(preview(deployment(3), Map.of(), 3).parameters()).contains("maxSurge \"25%\" → 1", "maxUnavailable \"25%\" → 0");
        assertThat(preview(deployment(10), Map.of(), 3).parameters()).contains("maxSurge \"25%\" → 3", "maxUnavailable \"25%\" → 2");
        assertThat(preview(deployment(10), Map.of(), 3).peakPods()).isEqualTo(13);
    }

    @Test
    void zeroReplicasResolveToNothing() {
        Preview preview = preview(deployment(0), Map.of(), 3);
        assertThat(preview.parameters()).contains("maxSurge \"25%\" → 0", "maxUnavailable \"25%\" → 0");
        assertThat(preview.peakPods()).isZero();
    }

    @Test
    void daemonSetPercentagesOfNodesRoundUp() {
        String yaml = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ds}\nspec:\n"
                + "  updateStrategy: {rollingUpdate: {maxUnavailable: 25%}}\n  selector: {matchLabels: {a: b}}\n"
                + "  template:\n    metadata: {labels: {a: b}}\n    spec: {containers: [{name: c, image: nginx:1.27}]}\n";
        Preview preview = preview(yaml, Map.of(), 5);
        assertThat(preview.parameters()).contains("maxUnavailable \"25%\" → 2 (percentages of nodes round up)");
        assertThat(oldNew(preview.steps())).isEqualTo("5/0 → 3/0 → 3/2 → 1/2 → 1/4 → 0/4 → 0/5");
    }

    @Test
    void statefulSetMaxUnavailableNeedsItsGate() {
        String yaml = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  replicas: 4\n"
                + "  serviceName: db\n  updateStrategy: {rollingUpdate: {maxUnavailable: 50%}}\n"
                + "  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n"
                + "    spec: {containers: [{name: c, image: postgres:17}]}\n";
        Preview off = preview(yaml, Map.of(Feature.MAX_UNAVAILABLE_STATEFUL_SET, false), 3);
        assertThat(off.notes()).anyMatch(n -> n.startsWith("maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off"));
        assertThat(oldNew(off.steps())).isEqualTo("4/0 → 3/0 → 3/1 → 2/1 → 2/2 → 1/2 → 1/3 → 0/3 → 0/4");
        Preview on = preview(yaml, Map.of(Feature.MAX_UNAVAILABLE_STATEFUL_SET, true), 3);
        assertThat(on.parameters()).contains("maxUnavailable \"50%\" → 2");
        assertThat(oldNew(on.steps())).isEqualTo("4/0 → 2/0 → 2/1 → 2/2 → 0/2 → 0/3 → 0/4");
        // Beta and on by default from 1.35 (the default target).
        assertThat(oldNew(preview(yaml, Map.of(), 3).steps())).isEqualTo(oldNew(on.steps()));
    }
}
