package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** persistentVolumeClaimRetentionPolicy's whenDeleted and whenScaled are Retain or Delete. */
@RuleId("statefulset-pvc-retention-policy")
final class StatefulsetPvcRetentionPolicy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node policy = object.spec().get("persistentVolumeClaimRetentionPolicy");
        for (String field : List.of("whenDeleted", "whenScaled")) {
            Node value = policy.get(field);
            if (value.isPresent() && !value.is("Retain") && !value.is("Delete")) {
                context.report(ApiError.unsupported(value, List.of("Retain", "Delete")),
                        "unsupported");
            }
        }
    }
}
