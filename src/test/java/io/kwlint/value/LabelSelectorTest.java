package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    private static LabelSelector selector(String yaml) {
        Node root = new YamlReader(YamlLimits.DEFAULT).read("selector: " + yaml + "\n").documents().get(0).root();
        return LabelSelector.of(root.get("selector"));
    }

    @Test
    void requirementsHaveLabelSelectorSemantics() {
        LabelSelector s = selector("""
                {matchLabels: {app: web}, matchExpressions: [
                  {key: tier, operator: In, values: [a, b]},
                  {key: track, operator: NotIn, values: [canary]},
                  {key: debug, operator: DoesNotExist},
                  {key: app, operator: Exists}]}""");
        assertThat(s.matches(Map.of("app", "web", "tier", "a"))).isTrue();
        assertThat(s.matches(Map.of("app", "web", "tier", "a", "track", "stable"))).isTrue();
        assertThat(s.matches(Map.of("app", "web", "tier", "a", "track", "canary"))).isFalse();
        assertThat(s.matches(Map.of("app", "web", "tier", "c"))).isFalse();
        assertThat(s.matches(Map.of("app", "web", "tier", "b", "debug", ""))).isFalse();
        assertThat(s.firstUnmet(Map.of("app", "web"))).hasValueSatisfying(r -> assertThat(r).hasToString("tier in (a,b)"));
        assertThat(s).hasToString("app=web,tier in (a,b),track notin (canary),!debug,app");
    }

    @Test
    void absentSelectsNothingAndEmptySelectsEverything() {
        Node root = new YamlReader(YamlLimits.DEFAULT).read("x: 1\n").documents().get(0).root();
        LabelSelector absent = LabelSelector.of(root.get("selector"));
        assertThat(absent.isAbsent()).isTrue();
        assertThat(absent.matches(Map.of())).isFalse();
        LabelSelector empty = selector("{}");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.matches(Map.of("any", "thing"))).isTrue();
    }

    @Test
    void invalidRequirementsAreErrorsAndSelectNothing() {
        LabelSelector s = selector("{matchExpressions: [{key: app, operator: Equals, values: [web]}, {key: x, operator: In}]}");
        assertThat(s.isValid()).isFalse();
        assertThat(s.errors()).extracting(ApiError::toString).containsExactly(
                "selector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator",
                "selector.matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
        assertThat(s.matches(Map.of("app", "web"))).isFalse();
    }
}
