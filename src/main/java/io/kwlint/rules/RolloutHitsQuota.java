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

/**
 * A Deployment's rolling update needs more pods at its peak than a ResourceQuota of its namespace
 * leaves room for, but completes anyway: maxUnavailable lets the controller remove old pods first,
 * so the failed pod creations only slow it down (rollout-exceeds-quota reports the stalls).
 */
@RuleId("rollout-hits-quota")
final class RolloutHitsQuota implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        QuotaPreview.of(object, context.target(), context.objects())
                .filter(RolloutHitsQuota::completesDespiteTheQuota)
                .ifPresent(preview -> reportBlockedCreations(object, preview, context));
    }

    /** The quota holds the steady state and the rollout completes: only the surge is refused. */
    private static boolean completesDespiteTheQuota(Preview preview) {
        return preview.quota().pods() >= preview.steadyPods() && preview.steps().outcome().kind() == Outcome.Kind.COMPLETE;
    }

    private static void reportBlockedCreations(KubeObject object, Preview preview, RuleContext context) {
        int blocked = preview.steps().firstQuotaBlock();
        if (blocked > 0) {
            QuotaCapacity quota = preview.quota();
            Node at = object.spec().get("strategy").isPresent() ? object.spec().get("strategy") : object.spec();
            context.finding(at, "slowed", blocked, quota.describe(), quota.pods())
                    .related(quota.quota(), quota.hard(), "the quota").report();
        }
    }
}
