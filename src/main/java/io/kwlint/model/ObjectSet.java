package io.kwlint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every object loaded together, in a stable order (file path, then document), with the lookups
 * cross-object rules need built once rather than by each rule.
 */
public final class ObjectSet {

    private final List<KubeObject> objects;
    private final Map<Kind, List<KubeObject>> byKind = new EnumMap<>(Kind.class);

    public ObjectSet(List<KubeObject> objects) {
        this.objects = List.copyOf(objects);
        for (KubeObject object : this.objects) {
            object.kind().ifPresent(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(object));
        }
    }

    public List<KubeObject> all() {
        return objects;
    }

    public List<KubeObject> ofKind(Kind kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    public List<KubeObject> workloads() {
        return objects.stream().filter(KubeObject::isWorkload).toList();
    }

    /** Objects of a kind that may land in the same namespace as {@code near}. */
    public List<KubeObject> ofKindNear(Kind kind, KubeObject near) {
        return ofKind(kind).stream().filter(o -> o.mayShareNamespaceWith(near)).toList();
    }

    /**
     * The object of that kind and name that may be in {@code near}'s namespace: one in the very
     * same namespace first, else one whose namespace is left to kubectl.
     */
    public Optional<KubeObject> find(Kind kind, String name, KubeObject near) {
        List<KubeObject> named = ofKindNear(kind, near).stream().filter(o -> name.equals(o.name())).toList();
        return named.stream().filter(o -> o.sameNamespaceAs(near)).findFirst().or(() -> named.stream().findFirst());
    }

    public int size() {
        return objects.size();
    }
}
