package io.kwlint.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cluster kwlint imitates: a Kubernetes version, feature gates turned on or off where the
 * cluster differs from that version's defaults ({@code --feature-gates}), and the Pod Security
 * levels its admission controller applies to namespaces without labels of their own.
 */
public record Target(KubeVersion version, Map<Feature, Boolean> gateOverrides, PodSecurityDefaults podSecurity) {

    public Target {
        gateOverrides = Map.copyOf(gateOverrides.isEmpty() ? Map.of() : new EnumMap<>(gateOverrides));
    }

    public Target(KubeVersion version, Map<Feature, Boolean> gateOverrides) {
        this(version, gateOverrides, PodSecurityDefaults.PRIVILEGED);
    }

    public static Target of(KubeVersion version) {
        return new Target(version, Map.of());
    }

    /** Whether the feature is on: the override if given (and the gate exists), else the default. */
    public boolean enabled(Feature feature) {
        if (!feature.existsIn(version)) {
            return false;
        }
        Boolean override = gateOverrides.get(feature);
        return override != null ? override : feature.onByDefaultIn(version);
    }

    public boolean atLeast(int minor) {
        return version.atLeast(minor);
    }

    @Override
    public String toString() {
        return gateOverrides.isEmpty() ? version.toString() : version + " " + gateOverrides;
    }
}
