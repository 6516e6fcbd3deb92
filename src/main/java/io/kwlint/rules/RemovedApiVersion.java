package io.kwlint.rules;

import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import java.util.Optional;

/**
 * An apiVersion the target cluster does not serve for that kind: removed (extensions/v1beta1
 * Deployments, policy/v1beta1 PodDisruptionBudgets), not served yet (batch/v1 CronJob before 1.21),
 * or never a version of a workload kind. Such objects are not checked further: the server would
 * answer "no matches for kind".
 */
@RuleId("removed-api-version")
final class RemovedApiVersion implements SetRule {

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        KubeVersion version = context.kubeVersion();
        for (KubeObject object : objects.all()) {
            if (!ApiVersions.BUILT_IN_GROUPS.contains(ApiVersions.groupOf(object.apiVersion()))) {
                continue; // custom resources, even those that reuse a built-in kind's name
            }
            Optional<ApiVersions.Lifecycle> lifecycle = ApiVersions.lifecycle(object.apiVersion(), object.kindName());
            if (lifecycle.isPresent() && lifecycle.get().servedIn(version)) {
                continue;
            }
            if (lifecycle.isEmpty() && Kind.named(object.kindName()).isEmpty()) {
                continue; // an alpha or off-by-default version kwlint has no verdict on
            }
            var at = object.root().get("apiVersion");
            var report = context.on(object);
            if (lifecycle.isEmpty()) {
                String use = ApiVersions.servingVersion(object.kindName(), version).orElse("a served version");
                report.report(at, "unknown", object.apiVersion(), object.kindName(), use);
                continue;
            }
            ApiVersions.Lifecycle gone = lifecycle.get();
            String use = ApiVersions.useInstead(gone, object.kindName(), version);
            if (gone.removedIn() > 0 && version.atLeast(gone.removedIn())) {
                if (gone.inTheMove() == null) {
                    var finding = report.finding(at, "removed", object.apiVersion(), object.kindName(), "1." + gone.removedIn(),
                            version, use);
                    // Nothing changes in the move: the served version is a drop-in replacement.
                    if (ApiVersions.lifecycle(use, object.kindName()).filter(l -> l.servedIn(version)).isPresent()) {
                        finding.fix("set apiVersion to " + use, at, use);
                    }
                    finding.report();
                } else {
                    report.report(at, "removed-move", object.apiVersion(), object.kindName(), "1." + gone.removedIn(),
                            version, use, gone.inTheMove());
                }
            } else {
                report.report(at, "not-yet", object.apiVersion(), object.kindName(), version, use);
            }
        }
    }
}
