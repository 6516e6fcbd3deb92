package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Baseline: only the namespaced sysctls the standard allows, a list that grew in 1.27, 1.29 and 1.32. */
final class Sysctls extends Control {

    private static final Set<String> ALLOWED_1_0 = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");
    private static final Set<String> SINCE_1_27 = Set.of("net.ipv4.ip_local_reserved_ports");
    private static final Set<String> SINCE_1_29 = Set.of("net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
    private static final Set<String> SINCE_1_32 = Set.of("net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

    Sysctls() {
        super("sysctls", Level.BASELINE, 0);
    }

    static boolean allowed(String name, int minor) {
        return ALLOWED_1_0.contains(name) || (minor >= 27 && SINCE_1_27.contains(name))
                || (minor >= 29 && SINCE_1_29.contains(name)) || (minor >= 32 && SINCE_1_32.contains(name));
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> forbidden = new ArrayList<>();
        Node first = null;
        for (Node sysctl : pod.securityContext().get("sysctls").items()) {
            String name = sysctl.get("name").asString().orElse("");
            if (!allowed(name, minor)) {
                forbidden.add(name);
                first = first == null ? sysctl.get("name") : first;
            }
        }
        return forbidden.isEmpty() ? Optional.empty()
                : violation("forbidden sysctls", String.join(", ", forbidden), first);
    }
}
