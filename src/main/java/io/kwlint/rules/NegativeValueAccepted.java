package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** Negative values the API server accepts with a warning, and then treats as something else. */
@RuleId("negative-value-accepted")
final class NegativeValueAccepted implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node grace = object.podSpec().get("terminationGracePeriodSeconds");
        if (grace.asLong().orElse(0) < 0) {
            context.report(grace, "grace-period", grace.asLong().getAsLong());
        }
        if (object.is(Kind.STATEFUL_SET)) {
            Node history = object.spec().get("revisionHistoryLimit");
            if (history.asLong().orElse(0) < 0) {
                context.report(history, "history", history.asLong().getAsLong());
            }
        }
    }
}
