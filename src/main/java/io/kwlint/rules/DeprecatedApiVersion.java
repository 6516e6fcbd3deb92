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
                    .ifPresent(l -> report(object, l, context));
        }
    }

    private static void report(KubeObject object, ApiVersions.Lifecycle lifecycle, SetContext context) {
        var at = object.root().get("apiVersion");
        String removedIn = "1." + lifecycle.removedIn();
        if (lifecycle.inTheMove() == null) {
            context.on(object).report(at, "deprecated", object.apiVersion(), object.kindName(), removedIn,
                    lifecycle.replacement());
        } else {
            context.on(object).report(at, "deprecated-move", object.apiVersion(), object.kindName(), removedIn,
                    lifecycle.replacement(), lifecycle.inTheMove());
        }
    }
}
