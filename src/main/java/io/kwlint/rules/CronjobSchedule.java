package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.CronSchedule;
import io.kwlint.yaml.Node;

/** The schedule must parse as robfig/cron's standard syntax, without a TZ prefix. */
@RuleId("cronjob-schedule")
final class CronjobSchedule implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node schedule = object.spec().get("schedule");
        if (!schedule.asString().filter(s -> !s.isEmpty()).isPresent()) {
            if (schedule.isPresent() && schedule.asString().isEmpty()) {
                return; // a schedule that is no string fails decoding (schema check)
            }
            context.report(ApiError.required(schedule, ""), "required");
            return;
        }
        String text = schedule.asString().orElseThrow();
        CronSchedule.Parsed parsed = CronSchedule.parse(text);
        if (!parsed.ok()) {
            context.report(ApiError.invalid(schedule, ApiError.quote(text), parsed.error()), "invalid");
        }
        if (text.contains("TZ")) {
            context.report(ApiError.invalid(schedule, ApiError.quote(text),
                    "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"), "tz");
        }
    }
}
