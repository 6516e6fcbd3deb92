package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/** A StatefulSet's update strategy type, and rollingUpdate settings only with RollingUpdate. */
@RuleId("statefulset-update-strategy")
final class StatefulsetUpdateStrategy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node strategy = object.spec().get("updateStrategy");
        Node type = strategy.get("type");
        Node rolling = strategy.get("rollingUpdate");
        if (!type.is("RollingUpdate") && !type.is("OnDelete")) {
            context.finding(type, "type", ApiError.invalid(strategy, "must be 'RollingUpdate' or 'OnDelete'").body()).path(strategy.path()).report();
        } else if (type.is("OnDelete") && rolling.isPresent()) {
            // Unlike a DaemonSet, a StatefulSet refuses rollingUpdate settings it would ignore.
            context.report(ApiError.invalid(rolling, "only allowed for updateStrategy 'RollingUpdate'"), "on-delete-with-rolling-update");
        }
    }
}
