package io.kwlint.model;

/**
 * The Kubernetes feature gates that change what the API server accepts for workloads, with the
 * release in which each became available (alpha, off by default) and on by default (beta or GA).
 * Where a gate is off, the API server silently drops the fields it guards before validating.
 */
public enum Feature {
    DAEMON_SET_UPDATE_SURGE("DaemonSetUpdateSurge", 21, 22),
    STATEFUL_SET_MIN_READY_SECONDS("StatefulSetMinReadySeconds", 22, 23),
    /**
     * Beta in 1.35, but a regression made the maintainers default it off again (backported to
     * 1.35): off unless turned on with {@code --feature-gates}.
     */
    MAX_UNAVAILABLE_STATEFUL_SET("MaxUnavailableStatefulSet", 24, 0),
    STATEFUL_SET_AUTO_DELETE_PVC("StatefulSetAutoDeletePVC", 23, 27),
    STATEFUL_SET_START_ORDINAL("StatefulSetStartOrdinal", 26, 27),
    SIDECAR_CONTAINERS("SidecarContainers", 28, 29),
    POD_LEVEL_RESOURCES("PodLevelResources", 32, 34),
    CONTAINER_RESTART_RULES("ContainerRestartRules", 34, 0),
    RELAXED_ENVIRONMENT_VARIABLE_VALIDATION("RelaxedEnvironmentVariableValidation", 30, 32),
    RELAXED_SERVICE_NAME_VALIDATION("RelaxedServiceNameValidation", 34, 0),
    JOB_POD_FAILURE_POLICY("JobPodFailurePolicy", 25, 26),
    JOB_BACKOFF_LIMIT_PER_INDEX("JobBackoffLimitPerIndex", 28, 29),
    JOB_POD_REPLACEMENT_POLICY("JobPodReplacementPolicy", 28, 29),
    JOB_SUCCESS_POLICY("JobSuccessPolicy", 30, 31),
    JOB_MANAGED_BY("JobManagedBy", 30, 32),
    CRON_JOB_TIME_ZONE("CronJobTimeZone", 24, 25);

    private final String gateName;
    private final int alphaMinor;
    private final int onByDefaultMinor;

    /**
     * @param alphaMinor       first 1.x release with the gate (off by default)
     * @param onByDefaultMinor first 1.x release where it is on by default; 0 if never (so far)
     */
    Feature(String gateName, int alphaMinor, int onByDefaultMinor) {
        this.gateName = gateName;
        this.alphaMinor = alphaMinor;
        this.onByDefaultMinor = onByDefaultMinor;
    }

    /** The name used in {@code --feature-gates}, e.g. {@code SidecarContainers}. */
    public String gateName() {
        return gateName;
    }

    /** Whether the gate exists at all in this release (before, its fields are unknown). */
    public boolean existsIn(KubeVersion version) {
        return version.atLeast(alphaMinor);
    }

    public boolean onByDefaultIn(KubeVersion version) {
        return onByDefaultMinor > 0 && version.atLeast(onByDefaultMinor);
    }

    /** "beta since 1.29", "alpha since 1.24 and off by default" for messages. */
    public String availability() {
        return onByDefaultMinor > 0 ? "on by default since 1." + onByDefaultMinor
                : "alpha since 1." + alphaMinor + " and off by default";
    }

    public static java.util.Optional<Feature> named(String gateName) {
        for (Feature feature : values()) {
            if (feature.gateName.equals(gateName)) {
                return java.util.Optional.of(feature);
            }
        }
        return java.util.Optional.empty();
    }
}
