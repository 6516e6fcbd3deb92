package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** A starting deadline under 10 seconds: the controller may miss every run. */
@RuleId("cronjob-starting-deadline")
final class CronjobStartingDeadline implements ObjectRule {

    /** The CronJob controller syncs about every 10 seconds. */
    private static final long CONTROLLER_PERIOD_SECONDS = 10;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node deadline = object.spec().get("startingDeadlineSeconds");
        long seconds = deadline.asLong().orElse(-1);
        if (seconds >= 0 && seconds < CONTROLLER_PERIOD_SECONDS) {
            context.report(deadline, "too-short", seconds);
        }
    }
}
