package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Restricted: the pod or every container sets runAsNonRoot: true (from 1.35, not for pods in a user namespace). */
final class RunAsNonRoot extends Control {

    RunAsNonRoot() {
        super("runAsNonRoot", Level.RESTRICTED, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.relaxedInUserNamespace(minor)) {
            return Optional.empty();
        }
        List<String> setters = new ArrayList<>();
        Node first = null;
        Node podValue = pod.securityContext().get("runAsNonRoot");
        boolean podNonRoot = false;
        if (podValue.asBoolean().isPresent()) {
            if (Pod.isFalse(podValue)) {
                setters.add("pod");
                first = podValue;
            } else {
                podNonRoot = true;
            }
        }
        List<String> explicit = new ArrayList<>();
        List<String> implicit = new ArrayList<>();
        Node firstImplicit = null;
        for (Node container : pod.containers()) {
            Node value = container.at("securityContext.runAsNonRoot");
            if (value.asBoolean().isPresent()) {
                if (Pod.isFalse(value)) {
                    explicit.add(Pod.name(container));
                    first = first == null ? value : first;
                }
            } else if (!podNonRoot) {
                implicit.add(Pod.name(container));
                firstImplicit = firstImplicit == null ? Pod.anchor(container) : firstImplicit;
            }
        }
        if (!explicit.isEmpty()) {
            setters.add(Words.containers(explicit));
        }
        if (!setters.isEmpty()) {
            return violation("runAsNonRoot != true",
                    String.join(" and ", setters) + " must not set securityContext.runAsNonRoot=false", first);
        }
        return implicit.isEmpty() ? Optional.empty() : violation("runAsNonRoot != true",
                "pod or " + Words.containers(implicit) + " must set securityContext.runAsNonRoot=true", firstImplicit);
    }
}
