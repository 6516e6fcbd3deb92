package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Restricted from 1.23: no runAsUser 0 (from 1.35, allowed for pods in a user namespace). */
final class RunAsUser extends Control {

    RunAsUser() {
        super("runAsUser", Level.RESTRICTED, 23);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.relaxedInUserNamespace(minor)) {
            return Optional.empty();
        }
        List<String> setters = new ArrayList<>();
        Node first = null;
        Node podUser = pod.securityContext().get("runAsUser");
        if (isRoot(podUser)) {
            setters.add("pod");
            first = podUser;
        }
        List<String> containers = new ArrayList<>();
        for (Node container : pod.containers()) {
            Node user = container.at("securityContext.runAsUser");
            if (isRoot(user)) {
                containers.add(Pod.name(container));
                first = first == null ? user : first;
            }
        }
        if (!containers.isEmpty()) {
            setters.add(Words.containers(containers));
        }
        return setters.isEmpty() ? Optional.empty()
                : violation("runAsUser=0", String.join(" and ", setters) + " must not set runAsUser=0", first);
    }

    private static boolean isRoot(Node user) {
        OptionalLong id = user.asLong();
        return id.isPresent() && id.getAsLong() == 0;
    }
}
