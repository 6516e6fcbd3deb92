package io.kwlint.podsecurity;

import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.PodSecurityDefaults;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policies the admission controller applies in each namespace: a Namespace of the set with
 * {@code pod-security.kubernetes.io/*} labels, else the cluster's defaults. Read as upstream's
 * PolicyToEvaluate reads them: an unknown level enforces restricted (and does not warn or audit), an
 * unknown version means latest, and warn follows a stricter enforce level unless it is set itself.
 */
public final class NamespacePolicies {

    private static final String PREFIX = "pod-security.kubernetes.io/";

    /** The policies of one namespace, and the Namespace object and labels they come from (if any). */
    public record Policies(PodSecurityPolicy enforce, PodSecurityPolicy warn, PodSecurityPolicy audit,
            Optional<KubeObject> namespace, Map<String, Node> labels) {

        /** Where a mode's level is set: its label, else the Namespace, else nothing (a cluster default). */
        public Optional<Node> source(String mode) {
            Node label = labels.get(PREFIX + mode);
            if (label != null) {
                return Optional.of(label);
            }
            return namespace.map(KubeObject::metadata);
        }

        public boolean fromCluster(String mode) {
            return !labels.containsKey(PREFIX + mode);
        }
    }

    private final Map<String, List<KubeObject>> namespaces = new HashMap<>();
    private final PodSecurityDefaults defaults;

    public NamespacePolicies(ObjectSet objects, PodSecurityDefaults defaults) {
        this.defaults = defaults;
        for (KubeObject object : objects.all()) {
            if (object.kindName().equals("Namespace") && object.apiVersion().equals("v1") && object.name() != null) {
                namespaces.computeIfAbsent(object.name(), name -> new ArrayList<>()).add(object);
            }
        }
    }

    /** Whether any pod of the set can be held to a policy at all (else the rules need not look). */
    public boolean anyPolicy() {
        return !defaults.isPrivileged()
                || namespaces.values().stream().flatMap(List::stream).anyMatch(ns -> !labels(ns).isEmpty());
    }

    /**
     * The policies for an object's pods. Only an object that names its namespace is matched to a
     * Namespace of the set (the one applied with it when several folders define it, as overlays
     * per environment do); one that leaves it to kubectl's context gets the cluster defaults.
     */
    public Policies of(KubeObject object) {
        if (exempt(object)) {
            PodSecurityPolicy privileged = PodSecurityPolicy.latest(Level.PRIVILEGED);
            return new Policies(privileged, privileged, privileged, Optional.empty(), Map.of());
        }
        KubeObject namespace = namespaceOf(object);
        Map<String, Node> labels = namespace == null ? Map.of() : labels(namespace);
        PodSecurityPolicy enforce = defaults.enforce();
        PodSecurityPolicy warn = defaults.warn();
        PodSecurityPolicy audit = defaults.audit();
        boolean enforceLevelSet = false;
        if (labels.containsKey(PREFIX + "enforce")) {
            Optional<Level> level = level(labels, "enforce");
            enforce = new PodSecurityPolicy(level.orElse(Level.RESTRICTED), enforce.versionMinor());
            enforceLevelSet = level.isPresent();
        }
        enforce = withVersion(enforce, labels, "enforce");
        if (labels.containsKey(PREFIX + "audit")) {
            audit = new PodSecurityPolicy(level(labels, "audit").orElse(Level.PRIVILEGED), audit.versionMinor());
        }
        audit = withVersion(audit, labels, "audit");
        if (labels.containsKey(PREFIX + "warn")) {
            warn = new PodSecurityPolicy(level(labels, "warn").orElse(Level.PRIVILEGED), warn.versionMinor());
        }
        warn = withVersion(warn, labels, "warn");
        if (!labels.containsKey(PREFIX + "warn") && enforceLevelSet && enforce.level().compareTo(warn.level()) > 0) {
            warn = labels.containsKey(PREFIX + "warn-version") ? new PodSecurityPolicy(enforce.level(), warn.versionMinor())
                    : enforce;
        }
        return new Policies(enforce, warn, audit, Optional.ofNullable(namespace), labels);
    }

    /** Exempt by the admission configuration: its namespace, or its pods' runtime class. */
    private boolean exempt(KubeObject object) {
        return (object.namespace() != null && defaults.exemptNamespaces().contains(object.namespace()))
                || object.podSpec().get("runtimeClassName").asString()
                        .filter(defaults.exemptRuntimeClasses()::contains).isPresent();
    }

    private KubeObject namespaceOf(KubeObject object) {
        List<KubeObject> candidates = object.namespace() == null ? List.of()
                : namespaces.getOrDefault(object.namespace(), List.of());
        return candidates.stream().filter(ns -> ns.applyGroup().equals(object.applyGroup())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    private static Optional<Level> level(Map<String, Node> labels, String mode) {
        return Level.parse(labels.get(PREFIX + mode).asString().orElse(""));
    }

    private static PodSecurityPolicy withVersion(PodSecurityPolicy policy, Map<String, Node> labels, String mode) {
        Node version = labels.get(PREFIX + mode + "-version");
        if (version == null) {
            return policy;
        }
        Optional<Integer> minor = PodSecurityPolicy.parseVersion(version.asString().orElse("")).orElse(Optional.empty());
        return new PodSecurityPolicy(policy.level(), minor);
    }

    private static Map<String, Node> labels(KubeObject namespace) {
        Map<String, Node> labels = new HashMap<>();
        if (namespace.metadata().get("labels") instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                if (entry.name().startsWith(PREFIX)) {
                    labels.put(entry.name(), entry.value());
                }
            }
        }
        return labels;
    }
}
