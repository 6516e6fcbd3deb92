package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.Set;

/** Pod volumes: unique DNS-label names, and exactly one volume source each. */
@RuleId("volumes")
final class Volumes implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Set<String> names = new HashSet<>();
        for (Node volume : object.podSpec().get("volumes").items()) {
            Node name = volume.get("name");
            String value = name.asString().orElse("");
            if (value.isEmpty()) {
                context.report(ApiError.required(name, name.path(), ""), "invalid");
            } else {
                for (String message : KubeValidation.dns1123Label(value)) {
                    context.report(ApiError.invalid(name, name.path(), ApiError.quote(value), message), "invalid");
                }
                if (!names.add(value)) {
                    context.report(new ApiError(name, name.path(), ApiError.Type.DUPLICATE, ApiError.quote(value), null), "invalid");
                }
            }
            if (volume instanceof MapNode map) {
                long sources = map.entries().stream().filter(e -> !e.name().equals("name") && e.value().isPresent()).count();
                if (sources == 0) {
                    context.finding(volume, "invalid", ApiError.required(volume, volume.path(), "must specify a volume type").body())
                            .report();
                } else if (sources > 1) {
                    context.finding(volume, "invalid", ApiError.forbidden(volume, volume.path(),
                            "may not specify more than 1 volume type").body()).report();
                }
            }
        }
    }
}
