package io.kwlint.engine;

import io.kwlint.finding.Severity;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.PodSecurityDefaults;
import io.kwlint.model.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a run is configured.
 *
 * @param kubeVersion       the Kubernetes version whose API server and controllers to imitate
 * @param featureGates      gates turned on or off where the cluster differs from the version's defaults
 * @param disabledRules     rule ids not to run (or report)
 * @param enabledRules      opt-in rule ids to run
 * @param severityOverrides rule ids whose findings get another severity
 * @param limits            bounds on each input
 * @param threads           how many files to load at once
 * @param schemaLocations   folders with a team's own JSON schemas (CRDs), searched after kwlint's
 * @param podSecurity       the Pod Security levels the cluster applies to namespaces without labels
 */
public record LintOptions(KubeVersion kubeVersion, Map<Feature, Boolean> featureGates, Set<String> disabledRules,
        Set<String> enabledRules, Map<String, Severity> severityOverrides, LoadLimits limits, int threads,
        List<Path> schemaLocations, PodSecurityDefaults podSecurity) {

    /** The rules of strict schema validation, which --no-schemas turns off. */
    public static final java.util.Set<String> SCHEMA_RULES = io.kwlint.schema.SchemaValidator.RULES;
    /** The opt-in rule that reports objects no schema describes (strictKinds). */
    public static final String STRICT_KINDS_RULE = io.kwlint.schema.SchemaValidator.NO_SCHEMA;

    public LintOptions {
        featureGates = Map.copyOf(featureGates);
        disabledRules = Set.copyOf(disabledRules);
        enabledRules = Set.copyOf(enabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        schemaLocations = List.copyOf(schemaLocations);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static LintOptions defaults() {
        return new LintOptions(KubeVersion.DEFAULT, Map.of(), Set.of(), Set.of(), Map.of(), LoadLimits.DEFAULT,
                Math.max(1, Runtime.getRuntime().availableProcessors()), List.of(), PodSecurityDefaults.PRIVILEGED);
    }

    /** The cluster to imitate. */
    public Target target() {
        return new Target(kubeVersion, featureGates, podSecurity);
    }

    public LintOptions withFeatureGates(Map<Feature, Boolean> gates) {
        return new LintOptions(kubeVersion, gates, disabledRules, enabledRules, severityOverrides, limits, threads, schemaLocations, podSecurity);
    }

    public LintOptions withKubeVersion(KubeVersion version) {
        return new LintOptions(version, featureGates, disabledRules, enabledRules, severityOverrides, limits, threads, schemaLocations, podSecurity);
    }

    public LintOptions withDisabledRules(Set<String> ids) {
        return new LintOptions(kubeVersion, featureGates, ids, enabledRules, severityOverrides, limits, threads, schemaLocations, podSecurity);
    }

    public LintOptions withEnabledRules(Set<String> ids) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, ids, severityOverrides, limits, threads, schemaLocations, podSecurity);
    }

    /** Whether a rule runs: on by default unless disabled, opt-in rules only when enabled. */
    public boolean runs(io.kwlint.rule.RuleMetadata rule) {
        if (disabledRules.contains(rule.id())) {
            return false;
        }
        return rule.enabledByDefault() || enabledRules.contains(rule.id());
    }

    public LintOptions withSeverityOverrides(Map<String, Severity> overrides) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, enabledRules, overrides, limits, threads, schemaLocations, podSecurity);
    }

    public LintOptions withLimits(LoadLimits newLimits) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, enabledRules, severityOverrides, newLimits, threads, schemaLocations, podSecurity);
    }

    /** How many files to load at once (1 for a caller that runs many checks in parallel itself). */
    public LintOptions withThreads(int count) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, enabledRules, severityOverrides, limits, count,
                schemaLocations, podSecurity);
    }

    public LintOptions withPodSecurity(PodSecurityDefaults defaults) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, enabledRules, severityOverrides, limits, threads,
                schemaLocations, defaults);
    }

    public LintOptions withSchemaLocations(List<Path> locations) {
        return new LintOptions(kubeVersion, featureGates, disabledRules, enabledRules, severityOverrides, limits, threads,
                locations, podSecurity);
    }
}
