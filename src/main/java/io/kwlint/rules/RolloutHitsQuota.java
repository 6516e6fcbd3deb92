package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rollout.Outcome;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.QuotaCapacity;
import io.kwlint.rollout.QuotaPreview;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * A Deployment's rolling update needs more pods at its peak than a ResourceQuota of its namespace
 * leaves room for, but completes anyway: maxUnavailable lets the controller remove old pods first,
 * so the failed pod creations only slow it down (rollout-exceeds-quota reports the stalls).
 */
@RuleId("rollout-hits-quota")
final class RolloutHitsQuota implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Optional<Preview> previewed = QuotaPreview.of(object, context.target(), context.objects());
        if (previewed.isEmpty()) {
            return;
        }
        Preview preview = previewed.get();
        QuotaCapacity quota = preview.quota();
        if (quota.pods() < preview.steadyPods() || preview.steps().outcome().kind() != Outcome.Kind.COMPLETE) {
            return;
        }
        int blocked = preview.steps().firstQuotaBlock();
        if (blocked > 0) {
            Node at = object.spec().get("strategy").isPresent() ? object.spec().get("strategy") : object.spec();
            context.finding(at, "slowed", blocked, quota.describe(), quota.pods())
                    .related(quota.quota(), quota.hard(), "the quota").report();
        }
    }
}
