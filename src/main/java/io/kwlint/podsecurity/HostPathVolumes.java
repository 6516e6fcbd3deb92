package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Baseline: no hostPath volumes. */
final class HostPathVolumes extends Control {

    static final String ID = "hostPathVolumes";

    HostPathVolumes() {
        super(ID, Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> bad = new ArrayList<>();
        Node first = null;
        for (Node volume : pod.spec().get("volumes").items()) {
            Node hostPath = volume.get("hostPath");
            if (hostPath.isPresent()) {
                bad.add(Pod.name(volume));
                first = first == null ? hostPath : first;
            }
        }
        return bad.isEmpty() ? Optional.empty() : violation("hostPath volumes",
                Words.plural("volume", "volumes", bad.size()) + " " + Words.joinQuote(bad), first);
    }
}
