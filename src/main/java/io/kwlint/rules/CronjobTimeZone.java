package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.TimeZones;
import io.kwlint.yaml.Node;

/** timeZone must name an IANA time zone explicitly. */
@RuleId("cronjob-time-zone")
final class CronjobTimeZone implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node zone = object.spec().get("timeZone");
        zone.asString().ifPresent(name -> {
            if (name.isEmpty()) {
                context.report(ApiError.invalid(zone, "\"\"", "timeZone must be nil or non-empty string"), "invalid");
                return;
            }
            if (name.equalsIgnoreCase("Local")) {
                context.report(ApiError.invalid(zone, ApiError.quote(name),
                        "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"), "invalid");
            }
            if (!name.equals("Local")) {
                TimeZones.problem(name).ifPresent(problem ->
                        context.report(ApiError.invalid(zone, ApiError.quote(name), problem), "invalid"));
            }
        });
    }
}
