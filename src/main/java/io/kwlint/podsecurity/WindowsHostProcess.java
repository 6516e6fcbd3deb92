package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Baseline: no Windows HostProcess containers. */
final class WindowsHostProcess extends Control {

    WindowsHostProcess() {
        super("windowsHostProcess", Level.BASELINE, 0);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> containers = new ArrayList<>();
        Node first = null;
        for (Node container : pod.containers()) {
            Node hostProcess = container.at("securityContext.windowsOptions.hostProcess");
            if (Pod.isTrue(hostProcess)) {
                containers.add(Pod.name(container));
                first = first == null ? hostProcess : first;
            }
        }
        List<String> setters = new ArrayList<>();
        Node podHostProcess = pod.securityContext().at("windowsOptions.hostProcess");
        if (Pod.isTrue(podHostProcess)) {
            setters.add("pod");
            first = podHostProcess;
        }
        if (!containers.isEmpty()) {
            setters.add(Words.containers(containers));
        }
        return setters.isEmpty() ? Optional.empty() : violation("hostProcess",
                String.join(" and ", setters) + " must not set securityContext.windowsOptions.hostProcess=true", first);
    }
}
