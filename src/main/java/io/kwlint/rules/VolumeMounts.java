package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.Set;

/** Each volume mount names a volume (or a StatefulSet claim template) and a unique, non-empty path. */
@RuleId("volume-mounts")
final class VolumeMounts implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Set<String> volumes = new HashSet<>();
        object.podSpec().get("volumes").items().forEach(v -> v.get("name").asString().ifPresent(volumes::add));
        if (object.is(Kind.STATEFUL_SET)) {
            object.spec().get("volumeClaimTemplates").items()
                    .forEach(c -> c.at("metadata.name").asString().ifPresent(volumes::add));
        }
        for (Container container : Container.of(object.podSpec())) {
            Set<String> paths = new HashSet<>();
            for (Node mount : container.node().get("volumeMounts").items()) {
                Node name = mount.get("name");
                name.asString().filter(n -> !volumes.contains(n)).ifPresent(n ->
                        context.report(new ApiError(name, name.path(), ApiError.Type.NOT_FOUND, ApiError.quote(n), null),
                                "not-found"));
                Node path = mount.get("mountPath");
                if (path.isPresent() && path.asString().isEmpty()) {
                    continue; // not a string: the schema check reports the type
                }
                String value = path.asString().orElse("");
                if (value.isEmpty()) {
                    context.report(ApiError.required(path, path.path(), ""), "invalid");
                } else if (!paths.add(value)) {
                    context.report(ApiError.invalid(path, path.path(), ApiError.quote(value), "must be unique"), "invalid");
                }
            }
        }
    }
}
