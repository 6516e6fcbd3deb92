package io.kwlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.model.ObjectSet.Scope;
import io.kwlint.source.SourceInput;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The set's indexes answer exactly what a scan of every object with {@link KubeObject}'s relations
 * would: checked against that scan on a set where every relation occurs.
 */
class ObjectSetTest {

    private static final String[] NAMESPACES = {null, "shop", "ops"};
    private static final String[] DIRECTORIES = {"a", "b", "a/c"};
    private static final String[] APPS = {"web", "db", "cache"};

    /** Objects of every kind, namespace and directory combination, with overlapping labels. */
    private static ObjectSet randomSet(long seed) {
        Random random = new Random(seed);
        List<SourceInput> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
            String app = APPS[random.nextInt(APPS.length)];
            String kind = switch (random.nextInt(5)) {
                case 0 -> "apiVersion: v1\nkind: Pod\nmetadata: {name: p%d%s, labels: {app: %s, tier: t%d}}\nspec: {containers: [{name: c, image: i}]}\n";
                case 1 -> "apiVersion: v1\nkind: Service\nmetadata: {name: s%d%s}\nspec: {selector: {app: %s, tier: t%d}}\n";
                case 2 -> "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w%d%s}\nspec: {template: {metadata: {labels: {app: %s, tier: t%d}}}}\n";
                default -> "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d%d%s}\nspec:\n  selector: {matchLabels: {app: %s}}\n"
                        + "  template: {metadata: {labels: {app: %3$s, tier: t%4$d}}, spec: {containers: [{name: c, image: i}]}}\n";
            };
            String yaml = String.format(kind, i % 7, namespace == null ? "" : ", namespace: " + namespace, app,
                    random.nextInt(3));
            inputs.add(SourceInput.text(DIRECTORIES[random.nextInt(DIRECTORIES.length)] + "/f" + i + ".yaml", yaml));
        }
        return new ObjectSet(new Linter(LintOptions.defaults()).check(inputs).objects());
    }

    private static boolean related(KubeObject near, KubeObject other, Scope scope) {
        return switch (scope) {
            case SAME_NAMESPACE -> near.sameNamespaceAs(other);
            case APPLIED_TOGETHER -> near.appliedTogetherWith(other);
            case MAY_SHARE_NAMESPACE -> near.mayShareNamespaceWith(other);
        };
    }

    private static List<LabelSelector.Requirement> requirements(String yaml) {
        return LabelSelector.of(new YamlReader(YamlLimits.DEFAULT).read(yaml).documents().get(0).root()).requirements();
    }

    @Test
    void indexedQuestionsGiveWhatAScanGives() {
        List<String> selectors = List.of("{}", "matchLabels: {app: web}", "matchLabels: {app: web, tier: t1}",
                "matchExpressions: [{key: app, operator: In, values: [db, cache]}]",
                "matchExpressions: [{key: tier, operator: Exists}]",
                "matchExpressions: [{key: app, operator: NotIn, values: [web]}]",
                "matchExpressions: [{key: app, operator: DoesNotExist}]",
                "matchLabels: {app: nothing-has-this}");
        for (long seed = 0; seed < 5; seed++) {
            ObjectSet set = randomSet(seed);
            for (KubeObject near : set.all()) {
                for (Scope scope : Scope.values()) {
                    for (String selector : selectors) {
                        List<LabelSelector.Requirement> requirements = requirements(selector);
                        List<KubeObject> scanned = set.all().stream()
                                .filter(o -> related(near, o, scope))
                                .filter(o -> o.podLabelsOfAnyPodCreator().isPresent())
                                .filter(o -> requirements.stream().allMatch(r -> r.matches(o.podLabelsOfAnyPodCreator().get())))
                                .toList();
                        assertThat(set.podCreatorsMatching(near, scope, requirements))
                                .as("%s near %s, %s", selector, near, scope).containsExactlyElementsOf(scanned);
                    }
                    assertThat(set.ofKind(Kind.SERVICE, near, scope)).containsExactlyElementsOf(
                            set.ofKind(Kind.SERVICE).stream().filter(o -> related(near, o, scope)).toList());
                    assertThat(set.anyCustomResource(near, scope))
                            .isEqualTo(set.all().stream().anyMatch(o -> o.isCustomResource() && related(near, o, scope)));
                }
                for (int n = 0; n < 7; n++) {
                    String name = "s" + n;
                    List<KubeObject> named = set.ofKind(Kind.SERVICE).stream()
                            .filter(o -> name.equals(o.name()) && near.mayShareNamespaceWith(o)).toList();
                    KubeObject expected = named.stream().filter(near::sameNamespaceAs).findFirst()
                            .orElse(named.isEmpty() ? null : named.get(0));
                    assertThat(set.find(Kind.SERVICE, name, near).orElse(null)).isSameAs(expected);
                }
            }
        }
    }

    @Test
    void objectsOfTheSetAreInFileOrder() {
        ObjectSet set = randomSet(42);
        assertThat(set.all()).extracting(o -> o.file().displayPath() + "#" + o.documentIndex()).isSorted();
        assertThat(set.workloads()).allMatch(KubeObject::isWorkload);
        assertThat(set.all().stream().filter(o -> o.podLabelsOfAnyPodCreator().isPresent()))
                .allSatisfy(o -> assertThat(o.podLabelsOfAnyPodCreator().get()).isInstanceOf(Map.class));
    }
}
