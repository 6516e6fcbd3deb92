package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Restricted from 1.22: every container drops ALL and adds nothing but NET_BIND_SERVICE (Windows
 * pods exempt from 1.25).
 */
final class CapabilitiesRestricted extends Control {

    CapabilitiesRestricted() {
        super("capabilities_restricted", Level.RESTRICTED, 22);
    }

    @Override
    Set<String> overrides(int minor) {
        return Set.of(CapabilitiesBaseline.ID);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.exemptAsWindows(minor)) {
            return Optional.empty();
        }
        List<String> missingDropAll = new ArrayList<>();
        List<String> adding = new ArrayList<>();
        Set<String> forbidden = new TreeSet<>();
        Node first = null;
        for (Node container : pod.containers()) {
            Node capabilities = container.at("securityContext.capabilities");
            boolean droppedAll = capabilities.get("drop").items().stream().anyMatch(c -> c.is("ALL"));
            if (!droppedAll) {
                missingDropAll.add(Pod.name(container));
                Node drop = capabilities.get("drop");
                first = first == null ? (drop.isPresent() ? drop : Pod.anchor(container)) : first;
            }
            boolean added = false;
            for (Node capability : capabilities.get("add").items()) {
                if (!capability.is("NET_BIND_SERVICE")) {
                    added = true;
                    forbidden.add(capability.asString().orElse(""));
                    first = first == null ? capability : first;
                }
            }
            if (added) {
                adding.add(Pod.name(container));
            }
        }
        List<String> details = new ArrayList<>();
        if (!missingDropAll.isEmpty()) {
            details.add(Words.containers(missingDropAll) + " must set securityContext.capabilities.drop=[\"ALL\"]");
        }
        if (!adding.isEmpty()) {
            details.add(Words.containers(adding) + " must not include " + Words.joinQuote(forbidden)
                    + " in securityContext.capabilities.add");
        }
        return details.isEmpty() ? Optional.empty()
                : violation("unrestricted capabilities", String.join("; ", details), first);
    }
}
