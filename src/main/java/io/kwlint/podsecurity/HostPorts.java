package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline: no host ports (a hostNetwork pod's ports are defaulted to host ports too). */
final class HostPorts extends Control {

    HostPorts() {
        super("hostPorts", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> bad = new ArrayList<>();
        Set<String> ports = new TreeSet<>(); // upstream lists them as sorted strings
        Node first = null;
        for (Node container : pod.containers()) {
            boolean valid = true;
            for (Node port : container.get("ports").items()) {
                Node hostPort = port.get("hostPort");
                long number = hostPort.asLong().orElse(0);
                if (number != 0) {
                    valid = false;
                    ports.add(Long.toString(number));
                    first = first == null ? hostPort : first;
                }
            }
            if (!valid) {
                bad.add(Pod.name(container));
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("hostPort",
                Words.containers(bad) + " " + Words.plural("uses", "use", bad.size()) + " "
                        + Words.plural("hostPort", "hostPorts", ports.size()) + " " + String.join(", ", ports), first);
    }
}
