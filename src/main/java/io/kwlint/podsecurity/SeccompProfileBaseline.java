package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Baseline: seccomp may not be turned off (Unconfined). Before policy 1.19 the controller read the
 * seccomp annotations; from 1.19 it reads securityContext.seccompProfile.type.
 */
final class SeccompProfileBaseline extends Control {

    static final String ID = "seccompProfile_baseline";
    private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

    SeccompProfileBaseline() {
        super(ID, Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        return minor >= 19 ? explicitlyBad(this, pod).map(Bad::violation) : annotations(pod);
    }

    private Optional<Violation> annotations(Pod pod) {
        Set<String> forbidden = new TreeSet<>();
        Node first = null;
        List<String> keys = new ArrayList<>();
        keys.add(POD_ANNOTATION);
        pod.containers().forEach(c -> keys.add(CONTAINER_ANNOTATION_PREFIX + Pod.name(c)));
        for (String key : keys) {
            String value = pod.annotations().get(key);
            if (value != null && !(value.equals("runtime/default") || value.equals("docker/default")
                    || value.startsWith("localhost/"))) {
                forbidden.add(key + "=" + Words.goQuote(value));
                first = first == null ? pod.metadata().at("annotations").get(key) : first;
            }
        }
        return forbidden.isEmpty() ? Optional.empty() : violation("seccompProfile",
                "forbidden " + Words.plural("annotation", "annotations", forbidden.size()) + " "
                        + String.join(", ", forbidden), first);
    }

    static boolean validType(Node type) {
        return type.is("Localhost") || type.is("RuntimeDefault");
    }

    /** Pod and containers that set a type other than RuntimeDefault or Localhost. */
    record Bad(Control control, List<String> setters, Set<String> values, Node first) {
        Violation violation() {
            return new Violation(control.id(), "seccompProfile", String.join(" and ", setters)
                    + " must not set securityContext.seccompProfile.type to " + Words.joinQuote(values), first);
        }
    }

    static Optional<Bad> explicitlyBad(Control control, Pod pod) {
        List<String> setters = new ArrayList<>();
        Set<String> values = new TreeSet<>();
        Node first = null;
        Node podProfile = pod.securityContext().get("seccompProfile");
        if (podProfile.isPresent() && !validType(podProfile.get("type"))) {
            setters.add("pod");
            values.add(podProfile.get("type").asString().orElse(""));
            first = podProfile.get("type").isPresent() ? podProfile.get("type") : podProfile;
        }
        List<String> containers = new ArrayList<>();
        for (Node container : pod.containers()) {
            Node profile = container.at("securityContext.seccompProfile");
            if (profile.isPresent() && !validType(profile.get("type"))) {
                containers.add(Pod.name(container));
                values.add(profile.get("type").asString().orElse(""));
                first = first == null ? (profile.get("type").isPresent() ? profile.get("type") : profile) : first;
            }
        }
        if (!containers.isEmpty()) {
            setters.add(Words.containers(containers));
        }
        return setters.isEmpty() ? Optional.empty() : Optional.of(new Bad(control, setters, values, first));
    }
}
