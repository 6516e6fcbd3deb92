package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The API server does not validate volumeClaimTemplates when the StatefulSet is created
 * (kubernetes#132211): a claim template the PVC API would reject is accepted, and the controller
 * then fails to create the claims, so no pod ever starts.
 */
@RuleId("statefulset-volume-claim-templates")
final class StatefulsetVolumeClaimTemplates implements ObjectRule {

    private static final List<String> ACCESS_MODES = List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany",
            "ReadWriteOncePod");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Set<String> names = new HashSet<>();
        for (Node claim : object.spec().get("volumeClaimTemplates").items()) {
            Node name = claim.at("metadata.name");
            if (!name.asString().filter(n -> !n.isEmpty()).isPresent()) {
                context.report(ApiError.required(name, ""), "claim");
            } else {
                String text = name.asString().orElseThrow();
                KubeValidation.dns1123Subdomain(text).forEach(message ->
                        context.report(ApiError.invalid(name, ApiError.quote(text), message), "claim"));
                if (!names.add(text)) {
                    context.report(new ApiError(name, name.path(), ApiError.Type.DUPLICATE, ApiError.quote(text), null), "claim");
                }
            }
            Node spec = claim.get("spec");
            Node modes = spec.get("accessModes");
            if (modes.items().isEmpty()) {
                context.report(ApiError.required(modes, "at least 1 access mode is required"), "claim");
            }
            for (Node mode : modes.items()) {
                if (mode.asString().filter(ACCESS_MODES::contains).isEmpty()) {
                    context.report(ApiError.unsupported(mode, ACCESS_MODES), "claim");
                }
            }
            Node storage = spec.at("resources.requests.storage");
            if (!storage.isPresent() && !spec.get("dataSource").isPresent() && !spec.get("dataSourceRef").isPresent()) {
                context.report(ApiError.required(storage, ""), "claim");
            } else if (storage.isPresent() && Quantity.of(storage).filter(q -> q.compareTo(Quantity.ZERO) > 0).isEmpty()) {
                context.report(ApiError.invalid(storage, "must be greater than zero"), "claim");
            }
        }
    }
}
