package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Restricted from 1.19: every container runs with RuntimeDefault or Localhost (Windows pods exempt from 1.25). */
final class SeccompProfileRestricted extends Control {

    SeccompProfileRestricted() {
        super("seccompProfile_restricted", Level.RESTRICTED, 19);
    }

    @Override
    Set<String> overrides(int minor) {
        return Set.of(SeccompProfileBaseline.ID);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.exemptAsWindows(minor)) {
            return Optional.empty();
        }
        Optional<SeccompProfileBaseline.Bad> explicit = SeccompProfileBaseline.explicitlyBad(this, pod);
        if (explicit.isPresent()) {
            return explicit.map(SeccompProfileBaseline.Bad::violation);
        }
        boolean podSet = pod.securityContext().get("seccompProfile").isPresent();
        List<String> implicit = new ArrayList<>();
        Node first = null;
        for (Node container : pod.containers()) {
            if (!container.at("securityContext.seccompProfile").isPresent() && !podSet) {
                implicit.add(Pod.name(container));
                first = first == null ? Pod.anchor(container) : first;
            }
        }
        return implicit.isEmpty() ? Optional.empty() : violation("seccompProfile", "pod or "
                + Words.containers(implicit) + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
                first);
    }
}
