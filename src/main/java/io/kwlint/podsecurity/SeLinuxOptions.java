package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline: SELinux types of containers only (container_engine_t from 1.31), no user or role. */
final class SeLinuxOptions extends Control {

    private static final Set<String> TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t");
    private static final Set<String> TYPES_1_31 = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    SeLinuxOptions() {
        super("seLinuxOptions", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        Set<String> allowed = minor >= 31 ? TYPES_1_31 : TYPES;
        Findings found = new Findings();
        List<String> setters = new ArrayList<>();
        if (pod.securityContext().get("seLinuxOptions").isPresent()
                && !found.valid(pod.securityContext().get("seLinuxOptions"), allowed)) {
            setters.add("pod");
        }
        List<String> containers = new ArrayList<>();
        for (Node container : pod.containers()) {
            Node options = container.at("securityContext.seLinuxOptions");
            if (options.isPresent() && !found.valid(options, allowed)) {
                containers.add(Pod.name(container));
            }
        }
        if (!containers.isEmpty()) {
            setters.add(Words.containers(containers));
        }
        if (setters.isEmpty()) {
            return Optional.empty();
        }
        List<String> data = new ArrayList<>();
        if (!found.types.isEmpty()) {
            data.add(Words.plural("type", "types", found.types.size()) + " " + Words.joinQuote(found.types));
        }
        if (found.user) {
            data.add("user may not be set");
        }
        if (found.role) {
            data.add("role may not be set");
        }
        return violation("seLinuxOptions", String.join(" and ", setters)
                + " set forbidden securityContext.seLinuxOptions: " + String.join("; ", data), found.first);
    }

    /** What the options broke, over the pod and all its containers. */
    private static final class Findings {
        final Set<String> types = new TreeSet<>();
        boolean user;
        boolean role;
        Node first;

        boolean valid(Node options, Set<String> allowed) {
            boolean valid = true;
            String type = options.get("type").asString().orElse("");
            if (!allowed.contains(type)) {
                valid = false;
                types.add(type);
                first(options.get("type"));
            }
            for (String field : List.of("user", "role")) {
                if (!options.get(field).asString().orElse("").isEmpty()) {
                    valid = false;
                    user |= field.equals("user");
                    role |= field.equals("role");
                    first(options.get(field));
                }
            }
            return valid;
        }

        private void first(Node node) {
            first = first == null ? node : first;
        }
    }
}
