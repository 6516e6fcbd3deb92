package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** completionMode values, and what Indexed Jobs need. */
@RuleId("job-completion-mode")
final class JobCompletionMode implements ObjectRule {

    static final int MAX_INDEXED_PARALLELISM = 100_000;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node mode = spec.get("completionMode");
        if (mode.isPresent() && !mode.is("NonIndexed") && !mode.is("Indexed")) {
            context.report(ApiError.unsupported(mode, List.of("NonIndexed", "Indexed")),
                    "unsupported");
        }
        if (!mode.is("Indexed")) {
            return;
        }
        Node completions = spec.get("completions");
        if (!completions.isPresent()) {
            context.finding(mode, "completions-required").path(completions.path()).report();
        }
        Node parallelism = spec.get("parallelism");
        if (parallelism.asLong().orElse(0) > MAX_INDEXED_PARALLELISM) {
            context.report(ApiError.invalid(parallelism, "must be less than or equal to 100000 when completion mode is Indexed"), "parallelism");
        }
    }
}
