package io.kwlint.model;

import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A container of a pod spec: a regular container or an init container, with its index. */
public record Container(Node node, boolean init, int index) {

    /** SidecarContainers: alpha (off) in 1.28, beta (on) from 1.29. Before, the field is dropped. */
    private static final int SIDECARS_SINCE = 29;

    /** Init containers first (they start first), then regular containers, each in order. */
    public static List<Container> of(Node podSpec) {
        List<Container> containers = new ArrayList<>();
        List<Node> init = podSpec.get("initContainers").items();
        for (int i = 0; i < init.size(); i++) {
            containers.add(new Container(init.get(i), true, i));
        }
        List<Node> regular = podSpec.get("containers").items();
        for (int i = 0; i < regular.size(); i++) {
            containers.add(new Container(regular.get(i), false, i));
        }
        return containers;
    }

    public Optional<String> name() {
        return node.get("name").asString();
    }

    /** The name for messages: {@code app}, or {@code containers[2]} when it has none. */
    public String displayName() {
        return name().orElse((init ? "initContainers[" : "containers[") + index + "]");
    }

    /** A restartable init container (restartPolicy Always), where the target version has them. */
    public boolean isSidecar(KubeVersion version) {
        return init && version.atLeast(SIDECARS_SINCE) && node.get("restartPolicy").is("Always");
    }

    /** True for containers that run for the pod's whole life: regular ones and sidecars. */
    public boolean runsAlongside(KubeVersion version) {
        return !init || isSidecar(version);
    }

    public Node requests() {
        return node.at("resources.requests");
    }

    public Node limits() {
        return node.at("resources.limits");
    }
}
