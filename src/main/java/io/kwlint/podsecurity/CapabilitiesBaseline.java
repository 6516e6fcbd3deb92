package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline: only the container runtime's default capabilities may be added. */
final class CapabilitiesBaseline extends Control {

    static final String ID = "capabilities_baseline";
    private static final Set<String> DEFAULT_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    CapabilitiesBaseline() {
        super(ID, Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> bad = new ArrayList<>();
        Set<String> added = new TreeSet<>();
        Node first = null;
        for (Node container : pod.containers()) {
            boolean valid = true;
            for (Node capability : container.at("securityContext.capabilities.add").items()) {
                String name = capability.asString().orElse("");
                if (!DEFAULT_CAPABILITIES.contains(name)) {
                    valid = false;
                    added.add(name);
                    first = first == null ? capability : first;
                }
            }
            if (!valid) {
                bad.add(Pod.name(container));
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("non-default capabilities",
                Words.containers(bad) + " must not include " + Words.joinQuote(added)
                        + " in securityContext.capabilities.add", first);
    }
}
