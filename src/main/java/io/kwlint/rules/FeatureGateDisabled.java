package io.kwlint.rules;

import io.kwlint.model.DisabledFields;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;

/** Fields the target cluster accepts and silently drops because their feature gate is off. */
@RuleId("feature-gate-disabled")
final class FeatureGateDisabled implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (DisabledFields.Dropped dropped : object.droppedFields()) {
            String field = dropped.node().fieldName().orElse(dropped.node().path().toString());
            context.report(dropped.node(), "dropped", field, context.kubeVersion(), dropped.feature().gateName(),
                    dropped.feature().availability(context.kubeVersion()));
        }
    }
}
