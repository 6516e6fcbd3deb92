package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Baseline: no privileged containers. */
final class Privileged extends Control {

    Privileged() {
        super("privileged", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> bad = new ArrayList<>();
        Node first = null;
        for (Node container : pod.containers()) {
            Node privileged = container.at("securityContext.privileged");
            if (Pod.isTrue(privileged)) {
                bad.add(Pod.name(container));
                first = first == null ? privileged : first;
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("privileged",
                Words.containers(bad) + " must not set securityContext.privileged=true", first);
    }
}
