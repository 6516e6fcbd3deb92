package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.yaml.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Opt-in hardening beyond the Pod Security Standards: pods that do not need the API should not get
 * a service account token. The pod's own automountServiceAccountToken wins; when it is not set, the
 * ServiceAccount's (if the set holds it) decides, as the API server's service account admission does.
 */
@RuleId("automount-service-account-token")
final class AutomountServiceAccountToken implements SetRule {

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        Map<String, KubeObject> accounts = new HashMap<>();
        for (KubeObject object : objects.all()) {
            if (object.kindName().equals("ServiceAccount") && object.apiVersion().equals("v1") && object.name() != null) {
                accounts.putIfAbsent(object.namespace() + "/" + object.name(), object);
            }
        }
        for (KubeObject object : objects.all()) {
            if (!object.isWorkload()) {
                continue;
            }
            Node spec = object.podSpec();
            Node podSetting = spec.get("automountServiceAccountToken");
            if (podSetting.asBoolean().isPresent()) {
                if (podSetting.asBoolean().get()) {
                    context.on(object).report(podSetting, "pod-true");
                }
                continue;
            }
            String accountName = spec.get("serviceAccountName").asString().filter(n -> !n.isEmpty()).orElse("default");
            Optional<KubeObject> account = Optional.ofNullable(accounts.get(object.namespace() + "/" + accountName));
            boolean accountOptsOut = account.map(a -> a.root().get("automountServiceAccountToken"))
                    .flatMap(Node::asBoolean).map(mount -> !mount).orElse(false);
            if (!accountOptsOut) {
                Node at = spec.get("serviceAccountName").isPresent() ? spec.get("serviceAccountName") : spec;
                context.on(object).report(at.isPresent() ? at : object.podTemplate(), "unset", accountName);
            }
        }
    }
}
