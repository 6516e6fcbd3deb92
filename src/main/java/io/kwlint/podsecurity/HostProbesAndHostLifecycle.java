package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline from 1.34: probes and lifecycle handlers may not name a host. */
final class HostProbesAndHostLifecycle extends Control {

    private static final List<String> HANDLERS = List.of("livenessProbe", "readinessProbe", "startupProbe",
            "lifecycle.postStart", "lifecycle.preStop");

    HostProbesAndHostLifecycle() {
        super("hostProbesAndHostLifecycle", Level.BASELINE, 34);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        Set<String> bad = new TreeSet<>();
        Set<String> hosts = new TreeSet<>();
        Node first = null;
        for (Node container : pod.containers()) {
            for (String handler : HANDLERS) {
                for (String action : List.of("httpGet", "tcpSocket")) {
                    Node host = container.at(handler + "." + action + ".host");
                    String value = host.asString().orElse("");
                    if (!value.isEmpty()) {
                        bad.add(Pod.name(container));
                        hosts.add(value);
                        first = first == null ? host : first;
                    }
                }
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("probe or lifecycle host",
                Words.containers(bad) + " " + Words.plural("uses", "use", bad.size()) + " "
                        + Words.plural("probe or lifecycle host", "probe or lifecycle hosts", hosts.size()) + " "
                        + Words.joinQuote(hosts), first);
    }
}
