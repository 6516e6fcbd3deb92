package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import java.util.Optional;
import java.util.Set;

/** Restricted from 1.35: the default /proc mount only, even in a user namespace. */
final class ProcMountRestricted extends Control {

    ProcMountRestricted() {
        super("procMount_restricted", Level.RESTRICTED, 35);
    }

    @Override
    Set<String> overrides(int minor) {
        return Set.of(ProcMountBaseline.ID);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        return ProcMountBaseline.procMount(this, pod);
    }
}
