package io.kwlint.podsecurity;

import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pod a control looks at: its metadata and spec, as the API server decoded them. */
record Pod(Node metadata, Node spec) {

    /** Init containers, containers, then ephemeral containers: the order upstream visits them. */
    List<Node> containers() {
        List<Node> all = new ArrayList<>(spec.get("initContainers").items());
        all.addAll(spec.get("containers").items());
        all.addAll(spec.get("ephemeralContainers").items());
        return all;
    }

    Node securityContext() {
        return spec.get("securityContext");
    }

    Map<String, String> annotations() {
        Node annotations = metadata.get("annotations");
        return annotations instanceof io.kwlint.yaml.MapNode map ? map.asStringMap() : Map.of();
    }

    /** From policy 1.25 the Linux-only restricted controls skip Windows pods (spec.os.name: windows). */
    boolean exemptAsWindows(int minor) {
        return minor >= 25 && spec.at("os.name").is("windows");
    }

    /**
     * From policy 1.35 some controls relax for pods in a user namespace (hostUsers: false), as
     * upstream's relaxPolicyForUserNamespacePod does.
     */
    boolean relaxedInUserNamespace(int minor) {
        return minor >= 35 && spec.get("hostUsers").asBoolean().equals(Optional.of(false));
    }

    static String name(Node container) {
        return container.get("name").asString().orElse("");
    }

    /** Where to point at a container: its name, which every container has. */
    static Node anchor(Node container) {
        Node name = container.get("name");
        return name.isPresent() ? name : container;
    }

    static boolean isTrue(Node node) {
        return node.asBoolean().orElse(false);
    }

    static boolean isFalse(Node node) {
        return node.asBoolean().equals(Optional.of(false));
    }
}
