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
import java.util.Set;

/**
 * An apiVersion the target cluster does not serve for that kind: removed (extensions/v1beta1
 * Deployments), not served yet (batch/v1 CronJob before 1.21), or never a version of the kind.
 * Such objects are not checked further: the server would answer "no matches for kind".
 */
@RuleId("removed-api-version")
final class RemovedApiVersion implements SetRule {

    /** The API groups that serve kwlint's kinds; no custom resource can live in them. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "extensions", "batch");

    @Override
    public void checkSet(ObjectSet objects, SetContext context) {
        KubeVersion version = context.kubeVersion();
        for (KubeObject object : objects.all()) {
            if (Kind.named(object.kindName()).isEmpty() || !BUILT_IN_GROUPS.contains(group(object.apiVersion()))) {
                continue; // other kinds, and custom resources that reuse a built-in kind's name
            }
            Optional<ApiVersions.Lifecycle> lifecycle = ApiVersions.lifecycle(object.apiVersion(), object.kindName());
            if (lifecycle.isPresent() && lifecycle.get().servedIn(version)) {
                continue;
            }
            String use = ApiVersions.servingVersion(object.kindName(), version).orElse("a served version");
            var at = object.root().get("apiVersion");
            var report = context.on(object);
            if (lifecycle.isEmpty()) {
                report.report(at, "unknown", object.apiVersion(), object.kindName(), use);
            } else if (lifecycle.get().removedIn() > 0 && version.atLeast(lifecycle.get().removedIn())) {
                report.report(at, "removed", object.apiVersion(), object.kindName(), "1." + lifecycle.get().removedIn(),
                        version, use);
            } else {
                report.report(at, "not-yet", object.apiVersion(), object.kindName(), version, use);
            }
        }
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
