package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Baseline: the default /proc mount only (from 1.35, any mount for a pod in a user namespace). */
final class ProcMountBaseline extends Control {

    static final String ID = "procMount";

    ProcMountBaseline() {
        super(ID, Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        if (pod.relaxedInUserNamespace(minor)) {
            return Optional.empty();
        }
        return procMount(this, pod);
    }

    /** The 1.0 check, shared with the restricted control that keeps it without the relaxation. */
    static Optional<Violation> procMount(Control control, Pod pod) {
        List<String> bad = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        Node first = null;
        for (Node container : pod.containers()) {
            Node procMount = container.at("securityContext.procMount");
            if (procMount.isPresent() && !procMount.is("Default")) {
                bad.add(Pod.name(container));
                types.add(procMount.asString().orElse(""));
                first = first == null ? procMount : first;
            }
        }
        return bad.isEmpty() ? Optional.empty() : control.violation("procMount",
                Words.containers(bad) + " must not set securityContext.procMount to " + Words.joinQuote(types), first);
    }
}
