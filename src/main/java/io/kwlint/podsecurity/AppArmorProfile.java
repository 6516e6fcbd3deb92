package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline: the default AppArmor profile may be replaced by a localhost one, never turned off. */
final class AppArmorProfile extends Control {

    private static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

    AppArmorProfile() {
        super("appArmorProfile", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> setters = new ArrayList<>();
        Set<String> values = new TreeSet<>();
        Node first = null;
        Node podType = pod.securityContext().at("appArmorProfile.type");
        if (pod.securityContext().get("appArmorProfile").isPresent() && !allowedType(podType)) {
            setters.add("pod");
            values.add(podType.asString().orElse(""));
            first = podType.isPresent() ? podType : pod.securityContext().get("appArmorProfile");
        }
        List<String> containers = new ArrayList<>();
        for (Node container : pod.containers()) {
            Node profile = container.at("securityContext.appArmorProfile");
            if (profile.isPresent() && !allowedType(profile.get("type"))) {
                containers.add(Pod.name(container));
                values.add(profile.get("type").asString().orElse(""));
                first = first == null ? (profile.get("type").isPresent() ? profile.get("type") : profile) : first;
            }
        }
        if (!containers.isEmpty()) {
            setters.add(Words.containers(containers));
        }
        List<String> annotations = new ArrayList<>();
        for (Map.Entry<String, String> annotation : pod.annotations().entrySet()) {
            String value = annotation.getValue();
            if (annotation.getKey().startsWith(ANNOTATION_PREFIX)
                    && !(value.isEmpty() || value.equals("runtime/default") || value.startsWith("localhost/"))) {
                annotations.add(annotation.getKey() + "=" + Words.goQuote(value));
                first = first == null ? pod.metadata().at("annotations").get(annotation.getKey()) : first;
            }
        }
        List<String> shown = new ArrayList<>(values);
        if (!annotations.isEmpty()) {
            annotations.sort(null);
            shown.addAll(annotations);
            setters.add(Words.plural("annotation", "annotations", annotations.size()));
        }
        return setters.isEmpty() ? Optional.empty() : violation(
                Words.plural("forbidden AppArmor profile", "forbidden AppArmor profiles", shown.size()),
                String.join(" and ", setters) + " must not set AppArmor profile type to " + Words.joinQuote(shown), first);
    }

    private static boolean allowedType(Node type) {
        return type.is("RuntimeDefault") || type.is("Localhost");
    }
}
