package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API server's warnings for volumes whose items write the same file twice (configMap,
 * secret, downwardAPI and projected volumes), and projected sources that project nothing.
 */
@RuleId("volume-item-paths")
final class VolumeItemPaths implements ObjectRule {

    private static final List<String> PROJECTED_SOURCES = List.of("configMap", "secret", "downwardAPI",
            "serviceAccountToken", "clusterTrustBundle", "podCertificate");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Node volume : object.podSpec().get("volumes").items()) {
            for (String type : List.of("configMap", "secret", "downwardAPI")) {
                checkItems(volume.get(type).get("items"), new HashMap<>(), object, context);
            }
            Node sources = volume.at("projected.sources");
            Map<String, Node> paths = new HashMap<>();
            for (Node source : sources.items()) {
                boolean any = PROJECTED_SOURCES.stream().anyMatch(t -> source.get(t).isPresent());
                if (!any) {
                    context.report(source, "empty-source");
                }
                for (String type : List.of("configMap", "secret", "downwardAPI")) {
                    checkItems(source.get(type).get("items"), paths, object, context);
                }
                Node token = source.at("serviceAccountToken.path");
                token.asString().ifPresent(path -> overlap(token, path, paths, object, context));
            }
        }
    }

    private static void checkItems(Node items, Map<String, Node> paths, KubeObject object, RuleContext context) {
        for (Node item : items.items()) {
            Node path = item.get("path");
            path.asString().ifPresent(p -> overlap(path, p, paths, object, context));
        }
    }

    private static void overlap(Node at, String path, Map<String, Node> paths, KubeObject object, RuleContext context) {
        Node first = paths.putIfAbsent(path, at);
        if (first != null) {
            context.finding(at, "overlapping", path).related(object, first, "the first item with this path").report();
        }
    }
}
