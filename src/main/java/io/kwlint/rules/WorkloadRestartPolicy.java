package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** Pods of long-running controllers must restart Always; activeDeadlineSeconds would kill them. */
@RuleId("workload-restart-policy")
final class WorkloadRestartPolicy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podSpec = object.podSpec();
        Node policy = podSpec.get("restartPolicy");
        if (policy.isPresent() && !policy.is("Always")) {
            context.report(ApiError.unsupported(policy, List.of("Always")),
                    "not-always");
        }
        Node deadline = podSpec.get("activeDeadlineSeconds");
        if (deadline.isPresent()) {
            // The API server says "ReplicaSet" for Deployments too: it validates them alike.
            String kind = object.is(Kind.DEPLOYMENT) ? "ReplicaSet" : object.kindName();
            context.report(ApiError.forbidden(deadline, "activeDeadlineSeconds in " + kind + " is not Supported"), "active-deadline");
        }
    }
}
