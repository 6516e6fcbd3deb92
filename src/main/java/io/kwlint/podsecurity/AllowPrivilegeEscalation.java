package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Restricted from 1.8: every container sets allowPrivilegeEscalation: false (Windows pods exempt from 1.25). */
final class AllowPrivilegeEscalation extends Control {

    AllowPrivilegeEscalation() {
        super("allowPrivilegeEscalation", Level.RESTRICTED, 8);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.exemptAsWindows(minor)) {
            return Optional.empty();
        }
        List<String> bad = new ArrayList<>();
        Node first = null;
        for (Node container : pod.containers()) {
            Node allow = container.at("securityContext.allowPrivilegeEscalation");
            if (!Pod.isFalse(allow)) {
                bad.add(Pod.name(container));
                first = first == null ? (allow.isPresent() ? allow : Pod.anchor(container)) : first;
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("allowPrivilegeEscalation != false",
                Words.containers(bad) + " must set securityContext.allowPrivilegeEscalation=false", first);
    }
}
