package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/**
 * A pod's activeDeadlineSeconds is between 1 and 2147483647 seconds (0 is not "no deadline"). Only for
 * pods that end (bare Pods, Jobs): controllers that keep pods running forbid the field outright
 * (workload-restart-policy).
 */
@RuleId("pod-active-deadline")
final class PodActiveDeadline implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node deadline = object.podSpec().get("activeDeadlineSeconds");
        deadline.asLong().ifPresent(value -> {
            if (value < 1 || value > Integer.MAX_VALUE) {
                context.report(ApiError.invalid(deadline, Long.toString(value),
                        "must be between 1 and 2147483647, inclusive"), "range");
            }
        });
    }
}
