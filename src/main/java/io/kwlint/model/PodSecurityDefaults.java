package io.kwlint.model;

/**
 * The cluster's PodSecurity admission configuration: the policies it applies to namespaces that do
 * not set their own labels (its {@code defaults}; upstream's own default is privileged everywhere),
 * and the namespaces and runtime classes it exempts (its {@code exemptions}; exempt users are a
 * property of requests, which kwlint does not see).
 */
public record PodSecurityDefaults(PodSecurityPolicy enforce, PodSecurityPolicy warn, PodSecurityPolicy audit,
        java.util.Set<String> exemptNamespaces, java.util.Set<String> exemptRuntimeClasses) {

    public PodSecurityDefaults {
        exemptNamespaces = java.util.Set.copyOf(exemptNamespaces);
        exemptRuntimeClasses = java.util.Set.copyOf(exemptRuntimeClasses);
    }

    public PodSecurityDefaults(PodSecurityPolicy enforce, PodSecurityPolicy warn, PodSecurityPolicy audit) {
        this(enforce, warn, audit, java.util.Set.of(), java.util.Set.of());
    }

    public PodSecurityDefaults withExemptions(java.util.Set<String> namespaces, java.util.Set<String> runtimeClasses) {
        return new PodSecurityDefaults(enforce, warn, audit, namespaces, runtimeClasses);
    }

    public static final PodSecurityDefaults PRIVILEGED = new PodSecurityDefaults(
            PodSecurityPolicy.latest(PodSecurityPolicy.Level.PRIVILEGED),
            PodSecurityPolicy.latest(PodSecurityPolicy.Level.PRIVILEGED),
            PodSecurityPolicy.latest(PodSecurityPolicy.Level.PRIVILEGED));

    /** The keys of the admission configuration's {@code defaults}, which .kwlint.yaml and --pod-security take. */
    public static final java.util.List<String> KEYS = java.util.List.of("enforce", "enforce-version", "warn",
            "warn-version", "audit", "audit-version");

    /**
     * Defaults from the admission configuration's keys ({@code enforce: baseline},
     * {@code enforce-version: v1.35}); an unset level is privileged and an unset version latest.
     *
     * @throws IllegalArgumentException naming the key and the values it takes
     */
    public static PodSecurityDefaults parse(java.util.Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key `" + key + "`; known: " + String.join(", ", KEYS));
            }
        }
        return new PodSecurityDefaults(mode(settings, "enforce"), mode(settings, "warn"), mode(settings, "audit"));
    }

    private static PodSecurityPolicy mode(java.util.Map<String, String> settings, String mode) {
        String levelText = settings.getOrDefault(mode, "privileged");
        PodSecurityPolicy.Level level = PodSecurityPolicy.Level.parse(levelText).orElseThrow(() ->
                new IllegalArgumentException(mode + " must be privileged, baseline or restricted, not `" + levelText + "`"));
        String versionText = settings.getOrDefault(mode + "-version", "latest");
        java.util.Optional<Integer> version = PodSecurityPolicy.parseVersion(versionText).orElseThrow(() ->
                new IllegalArgumentException(mode + "-version must be latest or v1.NN, not `" + versionText + "`"));
        return new PodSecurityPolicy(level, version);
    }

    public boolean isPrivileged() {
        return enforce.equals(PRIVILEGED.enforce) && warn.equals(PRIVILEGED.warn) && audit.equals(PRIVILEGED.audit);
    }
}
