package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.OptionalLong;

/** progressDeadlineSeconds must exceed minReadySeconds; its default is 600. */
@RuleId("progress-deadline")
final class ProgressDeadline implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node deadline = object.spec().get("progressDeadlineSeconds");
        Node minReady = object.spec().get("minReadySeconds");
        OptionalLong deadlineValue = deadline.asLong();
        long minReadyValue = minReady.asLong().orElse(0);
        if (deadlineValue.isEmpty() || deadlineValue.getAsLong() < 0 || minReadyValue < 0) {
            return; // negative values are negative-value's
        }
        if (deadlineValue.getAsLong() <= minReadyValue) {
            Node at = deadline.isDefaulted() ? minReady : deadline;
            context.finding(at, deadline.isDefaulted() ? "default" : "not-greater", deadlineValue.getAsLong(), minReadyValue)
                    .path(deadline.path()).report();
        }
    }
}
