package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** The API server's warning for very large Indexed Jobs. */
@RuleId("job-indexed-tracking")
final class JobIndexedTracking implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node completions = spec.get("completions");
        Node parallelism = spec.get("parallelism");
        if (spec.get("completionMode").is("Indexed") && completions.asLong().orElse(0) > 100_000
                && parallelism.asLong().orElse(0) > 10_000) {
            context.report(completions, "tracking", completions.asLong().getAsLong(), parallelism.asLong().getAsLong());
        }
    }
}
