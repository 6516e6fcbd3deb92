package io.kwlint.rules;

import io.kwlint.finding.Fix;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
                    report.finding(at, "removed-move", object.apiVersion(), object.kindName(), "1." + gone.removedIn(),
                            version, use, gone.inTheMove()).fix(appsV1Move(object, gone, use)).report();
                }
            } else {
                report.report(at, "not-yet", object.apiVersion(), object.kindName(), version, use);
            }
        }
    }

    /**
     * apps/v1beta2 to apps/v1 changes no default: the move only needs the selector that
     * apps/v1beta2 defaulted from the template's labels written out. Older versions (apps/v1beta1,
     * extensions/v1beta1) default other fields differently (revision history, update strategy),
     * and an object with spec.rollbackTo needs a person: no fix for those.
     */
    private static Fix appsV1Move(KubeObject object, ApiVersions.Lifecycle gone, String use) {
        if (!gone.apiVersion().equals("apps/v1beta2") || !use.equals("apps/v1") || object.spec().get("rollbackTo").isPresent()) {
            return null;
        }
        Fix apiVersion = Fix.replacing("", object.root().get("apiVersion"), use);
        Node selector = object.spec().get("selector");
        if (selector.isPresent() && !selector.isDefaulted()) {
            return Fix.together("set apiVersion to " + use + " (the selector is written already)", apiVersion);
        }
        Node labels = object.spec().at("template.metadata.labels");
        if (!(labels instanceof MapNode written) || labels.isDefaulted() || written.size() == 0
                || written.entries().stream().anyMatch(e -> e.value().asString().isEmpty())) {
            return null; // no labels, or one that is no string (a finding of its own): nothing sure to write
        }
        String matchLabels = written.entries().stream().map(e -> flowScalar(e.name()) + ": "
                + flowScalar(e.value().asString().orElseThrow())).collect(Collectors.joining(", ", "{matchLabels: {", "}}"));
        return Fix.together("set apiVersion to " + use + " and write the selector apps/v1beta2 defaulted from the "
                + "template's labels", apiVersion, Fix.addingField("", object.spec(), "selector", matchLabels));
    }

    /** A label key or value as a flow scalar: plain where YAML reads it as that string, else double-quoted. */
    private static String flowScalar(String text) {
        boolean plain = PLAIN_STRING.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Letters, digits, '-', '_', '.', '/' starting with a letter: never a number, never an indicator. */
    private static final Pattern PLAIN_STRING = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");
    /** Words YAML 1.1 (and so kubectl) reads as booleans or null. */
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
}
