package io.kwlint.rules;

import io.kwlint.model.ApiVersions;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;

/** An apiVersion the target still serves but that a later release removes. */
@RuleId("deprecated-api-version")
final class DeprecatedApiVersion implements SetRule {

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        for (KubeObject object : objects.all()) {
            ApiVersions.lifecycle(object.apiVersion(), object.kindName())
                    .filter(l -> l.deprecatedIn(context.kubeVersion()))
                    .ifPresent(l -> context.on(object).report(object.root().get("apiVersion"), "deprecated",
                            object.apiVersion(), object.kindName(), "1." + l.removedIn(), l.replacement()));
        }
    }
}
