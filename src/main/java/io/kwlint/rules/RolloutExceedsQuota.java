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
 * A ResourceQuota of the namespace, in the same set, leaves less room than the workload needs:
 * fewer pods than its replicas, or, for a Deployment, too little for its rolling update to make
 * progress (the rollout preview stalls even when every pod becomes ready).
 */
@RuleId("rollout-exceeds-quota")
final class RolloutExceedsQuota implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Optional<Preview> previewed = QuotaPreview.of(object, context.target(), context.objects());
        if (previewed.isEmpty()) {
            return;
        }
        Preview preview = previewed.get();
        QuotaCapacity quota = preview.quota();
        int replicas = preview.steadyPods();
        if (quota.pods() < replicas) {
            context.finding(replicasNode(object), "steady", quota.describe(), quota.pods(), replicas)
                    .related(quota.quota(), quota.hard(), "the quota").report();
        } else if (preview.steps().outcome().kind() == Outcome.Kind.STALLED) {
            int step = preview.steps().steps().size() - 1;
            Node at = object.spec().get("strategy").isPresent() ? object.spec().get("strategy") : replicasNode(object);
            context.finding(at, "stalls", step, quota.describe(), quota.pods(), preview.steps().outcome().reason())
                    .related(quota.quota(), quota.hard(), "the quota").report();
        }
    }

    private static Node replicasNode(KubeObject object) {
        Node replicas = object.spec().get("replicas");
        return replicas.isPresent() ? replicas : object.spec();
    }
}
