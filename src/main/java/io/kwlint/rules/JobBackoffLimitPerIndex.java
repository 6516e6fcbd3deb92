package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.OptionalLong;

/** backoffLimitPerIndex and maxFailedIndexes: Indexed Jobs only, within the completions. */
@RuleId("job-backoff-limit-per-index")
final class JobBackoffLimitPerIndex implements ObjectRule {

    private static final long LIMIT = 100_000;
    private static final long LIMIT_ABOVE = 10_000;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node perIndex = spec.get("backoffLimitPerIndex");
        Node maxFailed = spec.get("maxFailedIndexes");
        if (maxFailed.isPresent() && !perIndex.isPresent()) {
            context.finding(maxFailed, "max-failed-without-per-index").path(perIndex.path()).report();
        }
        if (!spec.get("completionMode").is("Indexed")) {
            for (Node field : new Node[] {perIndex, maxFailed}) {
                if (field.isPresent()) {
                    context.report(ApiError.invalid(field, "requires indexed completion mode"), "requires-indexed");
                }
            }
            return;
        }
        OptionalLong completions = spec.get("completions").asLong();
        OptionalLong failed = maxFailed.asLong();
        if (failed.isPresent() && completions.isPresent() && failed.getAsLong() > completions.getAsLong()) {
            context.report(ApiError.invalid(maxFailed, "must be less than or equal to completions"), "limit");
        }
        if (failed.isPresent() && failed.getAsLong() > LIMIT) {
            context.report(ApiError.invalid(maxFailed, "must be less than or equal to 100000"), "limit");
        }
        if (perIndex.isPresent() && completions.isPresent() && completions.getAsLong() > LIMIT) {
            if (!maxFailed.isPresent()) {
                context.report(ApiError.required(maxFailed, "must be specified when completions is above 100000"),
                        "limit");
            } else if (failed.isPresent() && failed.getAsLong() > LIMIT_ABOVE) {
                context.report(ApiError.invalid(maxFailed, "must be less than or equal to 10000 when completions is above 100000"), "limit");
            }
            Node parallelism = spec.get("parallelism");
            if (parallelism.asLong().orElse(0) > LIMIT_ABOVE) {
                context.report(ApiError.invalid(parallelism, "must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index"),
                        "limit");
            }
        }
    }
}
