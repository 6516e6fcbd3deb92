package io.kwlint.model;

import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes feature gates that change what the API server accepts for workloads, each with
 * its versioned specification as upstream writes it in {@code pkg/features/kube_features.go}
 * ({@code {Version: 1.24, Default: false, PreRelease: Alpha}, ...}): from which release the gate
 * exists, and at every release whether it is on by default. Gates removed upstream after GA keep
 * the history of the releases that had them. Where a gate is off, the API server silently drops
 * the fields it guards before validating. FeatureTest holds the table to the upstream lines
 * recorded in {@code testdata/upstream/feature-gates.txt}.
 */
public enum Feature {
    DAEMON_SET_UPDATE_SURGE("DaemonSetUpdateSurge", alpha(21), beta(22), ga(25)),
    STATEFUL_SET_MIN_READY_SECONDS("StatefulSetMinReadySeconds", alpha(22), beta(23), ga(25)),
    MAX_UNAVAILABLE_STATEFUL_SET("MaxUnavailableStatefulSet", alpha(24), beta(35)),
    STATEFUL_SET_AUTO_DELETE_PVC("StatefulSetAutoDeletePVC", alpha(23), beta(27), ga(32)),
    STATEFUL_SET_START_ORDINAL("StatefulSetStartOrdinal", alpha(26), beta(27), ga(31)),
    SIDECAR_CONTAINERS("SidecarContainers", alpha(28), beta(29), ga(33)),
    POD_LEVEL_RESOURCES("PodLevelResources", alpha(32), beta(34)),
    CONTAINER_RESTART_RULES("ContainerRestartRules", alpha(34), beta(35)),
    RELAXED_ENVIRONMENT_VARIABLE_VALIDATION("RelaxedEnvironmentVariableValidation", alpha(30), beta(32), ga(34)),
    RELAXED_SERVICE_NAME_VALIDATION("RelaxedServiceNameValidation", alpha(34)),
    RELAXED_DNS_SEARCH_VALIDATION("RelaxedDNSSearchValidation", alpha(32), beta(33), ga(34)),
    JOB_POD_FAILURE_POLICY("JobPodFailurePolicy", alpha(25), beta(26), ga(31)),
    JOB_BACKOFF_LIMIT_PER_INDEX("JobBackoffLimitPerIndex", alpha(28), beta(29), ga(33)),
    JOB_POD_REPLACEMENT_POLICY("JobPodReplacementPolicy", alpha(28), beta(29), ga(34)),
    JOB_SUCCESS_POLICY("JobSuccessPolicy", alpha(30), beta(31), ga(33)),
    JOB_MANAGED_BY("JobManagedBy", alpha(30), beta(32), ga(35)),
    CRON_JOB_TIME_ZONE("CronJobTimeZone", alpha(24), beta(25), ga(27)),
    POD_LIFECYCLE_SLEEP_ACTION("PodLifecycleSleepAction", alpha(29), beta(30), ga(34)),
    POD_LIFECYCLE_SLEEP_ACTION_ALLOW_ZERO("PodLifecycleSleepActionAllowZero", alpha(32), beta(33), ga(34));

    /** The stages of a gate, as upstream names them. */
    public enum Stage {
        ALPHA, BETA, GA;

        String id() {
            return this == GA ? "GA" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One entry of a versioned specification: from 1.{@code minor}, at this stage, on by default or not. */
    public record Spec(int minor, boolean onByDefault, Stage stage) {
    }

    private static Spec alpha(int minor) {
        return new Spec(minor, false, Stage.ALPHA);
    }

    private static Spec beta(int minor) {
        return new Spec(minor, true, Stage.BETA);
    }

    private static Spec ga(int minor) {
        return new Spec(minor, true, Stage.GA);
    }

    private final String gateName;
    private final List<Spec> specs;

    Feature(String gateName, Spec... specs) {
        this.gateName = gateName;
        this.specs = List.of(specs);
    }

    /** The name used in {@code --feature-gates}, e.g. {@code SidecarContainers}. */
    public String gateName() {
        return gateName;
    }

    /** The versioned specification, oldest first. */
    public List<Spec> specs() {
        return specs;
    }

    /** The specification in force at a release, if the gate exists there. */
    public Optional<Spec> specIn(KubeVersion version) {
        Spec current = null;
        for (Spec spec : specs) {
            if (version.atLeast(spec.minor())) {
                current = spec;
            }
        }
        return Optional.ofNullable(current);
    }

    /** Whether the gate exists at all in this release (before, its fields are unknown). */
    public boolean existsIn(KubeVersion version) {
        return specIn(version).isPresent();
    }

    public boolean onByDefaultIn(KubeVersion version) {
        return specIn(version).map(Spec::onByDefault).orElse(false);
    }

    /**
     * Where the gate stands at a release, for messages: "on by default since 1.29", "alpha since
     * 1.24 and off by default; on by default from 1.35".
     */
    public String availability(KubeVersion version) {
        Optional<Spec> current = specIn(version);
        Optional<Spec> firstOn = specs.stream().filter(Spec::onByDefault).findFirst();
        if (current.isPresent() && current.get().onByDefault()) {
            return "on by default since 1." + firstOn.orElseThrow().minor();
        }
        Spec stage = current.orElse(specs.get(0));
        String later = firstOn.filter(spec -> !version.atLeast(spec.minor()))
                .map(spec -> "; on by default from 1." + spec.minor()).orElse("");
        return stage.stage().id() + " since 1." + stage.minor() + " and off by default" + later;
    }

    public static Optional<Feature> named(String gateName) {
        for (Feature feature : values()) {
            if (feature.gateName.equals(gateName)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
