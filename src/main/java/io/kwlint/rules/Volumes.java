package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.model.VolumeTypes;
import io.kwlint.yaml.FieldPath;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Pod volumes: unique DNS-label names, and exactly one volume source each. */
@RuleId("volumes")
final class Volumes implements ObjectRule {

    /** Sources whose error path upstream spells differently from the field. */
    private static final Map<String, String> PRINTED_NAMES = Map.of("cephfs", "cephFS", "downwardAPI", "downwarAPI");

    @Override
    public void check(KubeObject object, RuleContext context) {
        Set<String> names = new HashSet<>();
        for (Node volume : object.podSpec().get("volumes").items()) {
            Node name = volume.get("name");
            String value = name.asString().orElse("");
            if (value.isEmpty()) {
                context.report(ApiError.required(name, ""), "invalid");
            } else {
                for (String message : KubeValidation.dns1123Label(value)) {
                    context.report(ApiError.invalid(name, ApiError.quote(value), message), "invalid");
                }
                if (!names.add(value)) {
                    context.report(new ApiError(name, name.path(), ApiError.Type.DUPLICATE, ApiError.quote(value), null), "invalid");
                }
            }
            if (volume instanceof MapNode map) {
                checkOneSource(map, context);
            }
        }
    }

    /**
     * Exactly one source. Defaulting has made a volume without one an emptyDir, so "must specify a
     * volume type" is left for sources the target drops. Each source after the first is reported
     * at its own field, under the name upstream gives it ({@code cephFS}, and {@code downwarAPI} sic).
     */
    private static void checkOneSource(MapNode volume, RuleContext context) {
        boolean first = true;
        for (String source : VolumeTypes.NAMES) {
            Node value = volume.get(source);
            if (!value.isPresent()) {
                continue;
            }
            if (!first) {
                FieldPath path = volume.path().child(PRINTED_NAMES.getOrDefault(source, source));
                context.report(ApiError.forbidden(value, path, "may not specify more than 1 volume type"), "invalid");
            }
            first = false;
        }
        if (first) {
            context.report(ApiError.required(volume, "must specify a volume type"), "invalid");
        }
    }
}
