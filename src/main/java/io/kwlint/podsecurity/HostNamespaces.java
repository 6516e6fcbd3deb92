package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Baseline: no sharing of the host's network, PID or IPC namespace. */
final class HostNamespaces extends Control {

    HostNamespaces() {
        super("hostNamespaces", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> shared = new ArrayList<>();
        Node first = null;
        for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
            Node value = pod.spec().get(field);
            if (Pod.isTrue(value)) {
                shared.add(field + "=true");
                first = first == null ? value : first;
            }
        }
        return shared.isEmpty() ? Optional.empty() : violation("host namespaces", String.join(", ", shared), first);
    }
}
