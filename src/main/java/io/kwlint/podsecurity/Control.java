package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import java.util.Optional;
import java.util.Set;

/**
 * One control of the Pod Security Standards, as one check of the PodSecurity admission controller:
 * its id, its level, the first policy version it applies to, and how it judges a pod at a version.
 */
abstract class Control {

    private final String id;
    private final Level level;
    private final int since;

    Control(String id, Level level, int since) {
        this.id = id;
        this.level = level;
        this.since = since;
    }

    String id() {
        return id;
    }

    Level level() {
        return level;
    }

    boolean appliesAt(int minor) {
        return minor >= since;
    }

    /** Baseline controls this restricted control replaces at that version. */
    Set<String> overrides(int minor) {
        return Set.of();
    }

    /** The violation, if the pod breaks the control at policy version {@code 1.minor}. */
    abstract Optional<Violation> check(Pod pod, int minor);

    Optional<Violation> violation(String reason, String detail, io.kwlint.yaml.Node at) {
        return Optional.of(new Violation(id, reason, detail, at));
    }
}
