package io.kwlint.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which apiVersions serve the workload kinds, when they appeared, were deprecated and removed:
 * the one table behind {@code removed-api-version}, {@code deprecated-api-version} and the
 * choice of which objects kwlint models at a target version.
 */
public final class ApiVersions {

    /**
     * One apiVersion of some kinds.
     *
     * @param servedFrom    first 1.x release that serves it by default (0: before any kwlint targets)
     * @param deprecatedIn  release that deprecated it (0: not deprecated)
     * @param removedIn     first release that no longer serves it (0: still served)
     * @param replacement   the apiVersion to use instead
     */
    public record Lifecycle(String apiVersion, Set<String> kinds, int servedFrom, int deprecatedIn, int removedIn,
            String replacement) {

        public boolean servedIn(KubeVersion version) {
            return version.atLeast(servedFrom) && (removedIn == 0 || version.before(removedIn));
        }

        public boolean deprecatedIn(KubeVersion version) {
            return deprecatedIn > 0 && version.atLeast(deprecatedIn) && servedIn(version);
        }
    }

    private static final Set<String> APPS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

    public static final List<Lifecycle> TABLE = List.of(
            new Lifecycle("apps/v1", APPS, 9, 0, 0, null),
            new Lifecycle("extensions/v1beta1", Set.of("Deployment", "DaemonSet", "ReplicaSet"), 0, 9, 16, "apps/v1"),
            new Lifecycle("apps/v1beta1", Set.of("Deployment", "StatefulSet"), 0, 9, 16, "apps/v1"),
            new Lifecycle("apps/v1beta2", APPS, 0, 9, 16, "apps/v1"),
            new Lifecycle("batch/v1", Set.of("Job"), 0, 0, 0, null),
            new Lifecycle("batch/v1", Set.of("CronJob"), 21, 0, 0, null),
            new Lifecycle("batch/v1beta1", Set.of("CronJob"), 8, 21, 25, "batch/v1"),
            // An alpha version that was never served unless its API group version was enabled.
            new Lifecycle("batch/v2alpha1", Set.of("CronJob"), 999, 0, 21, "batch/v1"),
            new Lifecycle("v1", Set.of("Pod", "Service", "ResourceQuota", "LimitRange"), 0, 0, 0, null));

    private ApiVersions() {
    }

    /** The table entry for this apiVersion and kind, if kwlint knows the pair. */
    public static Optional<Lifecycle> lifecycle(String apiVersion, String kindName) {
        return TABLE.stream().filter(l -> l.apiVersion().equals(apiVersion) && l.kinds().contains(kindName)).findFirst();
    }

    /** The apiVersion that serves a kind at the target, for messages ("use apps/v1"). */
    public static Optional<String> servingVersion(String kindName, KubeVersion version) {
        return TABLE.stream().filter(l -> l.kinds().contains(kindName) && l.servedIn(version) && l.deprecatedIn() == 0)
                .map(Lifecycle::apiVersion).findFirst()
                .or(() -> TABLE.stream().filter(l -> l.kinds().contains(kindName) && l.servedIn(version))
                        .map(Lifecycle::apiVersion).findFirst());
    }

    /**
     * The kind an object is checked as: the kind at the API version kwlint models, or the
     * batch/v1beta1 CronJob where the target still serves it (its validation is the same).
     * Other versions of these kinds are only reported as removed or deprecated.
     */
    public static Optional<Kind> modeledKind(String apiVersion, String kindName, KubeVersion target) {
        Optional<Kind> kind = Kind.named(kindName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean served = lifecycle(apiVersion, kindName).filter(l -> l.servedIn(target)).isPresent();
        if (served && (kind.get().apiVersion().equals(apiVersion)
                || (kind.get() == Kind.CRON_JOB && apiVersion.equals("batch/v1beta1")))) {
            return kind;
        }
        return Optional.empty();
    }
}
