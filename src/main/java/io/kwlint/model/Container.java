package io.kwlint.model;

import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A container of a pod spec: a regular container or an init container, with its index. */
public record Container(Node node, boolean init, int index) {

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

    /**
     * The nodes of every container the API server validates alike (validateContainerCommon):
     * init, regular and ephemeral containers.
     */
    public static List<Node> nodesWithEphemeral(Node podSpec) {
        List<Node> nodes = new ArrayList<>();
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            nodes.addAll(podSpec.get(list).items());
        }
        return nodes;
    }

    public Optional<String> name() {
        return node.get("name").asString();
    }

    /** The name for messages: {@code app}, or {@code containers[2]} when it has none. */
    public String displayName() {
        return name().orElse((init ? "initContainers[" : "containers[") + index + "]");
    }

    /** A restartable init container (restartPolicy Always), where the target cluster has them. */
    public boolean isSidecar(Target target) {
        return init && target.enabled(Feature.SIDECAR_CONTAINERS) && node.get("restartPolicy").is("Always");
    }

    /** True for containers that run for the pod's whole life: regular ones and sidecars. */
    public boolean runsAlongside(Target target) {
        return !init || isSidecar(target);
    }

    public Node requests() {
        return node.at("resources.requests");
    }

    public Node limits() {
        return node.at("resources.limits");
    }
}
