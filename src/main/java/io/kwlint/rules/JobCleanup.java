package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** A Job that is never cleaned up and never times out. */
@RuleId("job-cleanup")
final class JobCleanup implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.spec();
        if (spec.isPresent() && !spec.get("ttlSecondsAfterFinished").isPresent()
                && !spec.get("activeDeadlineSeconds").isPresent()) {
            context.report(spec.get("ttlSecondsAfterFinished"), "no-cleanup");
        }
    }
}
