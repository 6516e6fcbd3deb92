package io.kwlint.model;

import io.kwlint.value.LabelSelector.Requirement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every object loaded together, in a stable order (file path, then document), indexed once so
 * that cross-object rules ask questions instead of scanning: the objects of a kind, the objects
 * beside one object ({@link Scope}), the pod templates a selector matches (through an inverted
 * label index), an object by kind and name. Each question costs what its answer holds, not the
 * size of the set, so a directory of 50,000 objects is checked in linear time.
 */
public final class ObjectSet {

    /**
     * Which objects count as beside another; the three relations of {@link KubeObject}: rules that
     * report a missing object ask for {@link #MAY_SHARE_NAMESPACE} (so as not to call missing what
     * may be there), rules that report a conflict ask for {@link #APPLIED_TOGETHER}.
     */
    public enum Scope {
        /** {@link KubeObject#sameNamespaceAs}: both name the namespace, or neither and one directory. */
        SAME_NAMESPACE,
        /** {@link KubeObject#appliedTogetherWith}: the same namespace and the same directory. */
        APPLIED_TOGETHER,
        /** {@link KubeObject#mayShareNamespaceWith}: both name it, or one leaves it to kubectl in one directory. */
        MAY_SHARE_NAMESPACE
    }

    private final List<KubeObject> objects;
    private final Map<KubeObject, Integer> order = new IdentityHashMap<>();
    private final Map<Kind, List<KubeObject>> byKind = new EnumMap<>(Kind.class);
    private final List<KubeObject> workloads = new ArrayList<>();
    /** Objects that set {@code metadata.namespace}, by namespace. */
    private final Map<String, Group> namespaced = new HashMap<>();
    /** Objects that set no namespace, by directory. */
    private final Map<String, Group> unnamespaced = new HashMap<>();
    /** All objects, by directory. */
    private final Map<String, Group> directories = new HashMap<>();
    /** Objects by directory and namespace (null for none): those certainly applied together. */
    private final Map<DirectoryAndNamespace, Group> appliedTogether = new HashMap<>();

    private final Group empty = new Group();

    private record DirectoryAndNamespace(String directory, String namespace) {
    }

    public ObjectSet(List<KubeObject> objects) {
        this.objects = List.copyOf(objects);
        for (KubeObject object : this.objects) {
            order.put(object, order.size());
            object.kind().ifPresent(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(object));
            if (object.isWorkload()) {
                workloads.add(object);
            }
            String namespace = object.namespace();
            String directory = object.applyGroup();
            (namespace != null ? namespaced.computeIfAbsent(namespace, n -> new Group())
                    : unnamespaced.computeIfAbsent(directory, d -> new Group())).add(object);
            directories.computeIfAbsent(directory, d -> new Group()).add(object);
            appliedTogether.computeIfAbsent(new DirectoryAndNamespace(directory, namespace), k -> new Group()).add(object);
        }
    }

    public List<KubeObject> all() {
        return objects;
    }

    public List<KubeObject> ofKind(Kind kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    /** The objects of the kinds that run pods, in set order. */
    public List<KubeObject> workloads() {
        return Collections.unmodifiableList(workloads);
    }

    /** Objects of a kind beside {@code near} (itself included, if it is of that kind), in set order. */
    public List<KubeObject> ofKind(Kind kind, KubeObject near, Scope scope) {
        List<List<KubeObject>> parts = new ArrayList<>();
        for (Group group : groups(near, scope)) {
            parts.add(group.byKind.getOrDefault(kind, List.of()));
        }
        return merged(parts);
    }

    /**
     * The objects beside {@code near} that create pods from a template (modeled workloads, bare
     * Pods, and other kinds with a {@code spec.template}) whose pod labels satisfy every one of
     * {@code requirements}, in set order. The inverted label index gives the candidates of the
     * requirement that narrows them most; an empty list of requirements matches every pod creator.
     */
    public List<KubeObject> podCreatorsMatching(KubeObject near, Scope scope, List<Requirement> requirements) {
        List<List<KubeObject>> parts = new ArrayList<>();
        for (Group group : groups(near, scope)) {
            parts.add(group.podCreators.candidates(requirements));
        }
        List<KubeObject> matching = new ArrayList<>();
        for (KubeObject candidate : merged(parts)) {
            Map<String, String> labels = candidate.podLabelsOfAnyPodCreator().orElseThrow();
            if (requirements.stream().allMatch(r -> r.matches(labels))) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    /** Whether a custom resource (whose operator may create pods) is beside {@code near}. */
    public boolean anyCustomResource(KubeObject near, Scope scope) {
        return groups(near, scope).stream().anyMatch(group -> group.customResources > 0);
    }

    /**
     * The object of that kind and name that may be in {@code near}'s namespace: one in the very
     * same namespace first, else one whose namespace is left to kubectl.
     */
    public Optional<KubeObject> find(Kind kind, String name, KubeObject near) {
        KubeObject same = first(groups(near, Scope.SAME_NAMESPACE), kind, name);
        return Optional.ofNullable(same != null ? same : first(groups(near, Scope.MAY_SHARE_NAMESPACE), kind, name));
    }

    public int size() {
        return objects.size();
    }

    private KubeObject first(List<Group> groups, Kind kind, String name) {
        KubeObject first = null;
        for (Group group : groups) {
            List<KubeObject> named = group.byKindAndName.getOrDefault(new KindAndName(kind, name), List.of());
            if (!named.isEmpty() && (first == null || order.get(named.get(0)) < order.get(first))) {
                first = named.get(0);
            }
        }
        return first;
    }

    /** The groups that make up {@code near}'s scope; they never share an object. */
    private List<Group> groups(KubeObject near, Scope scope) {
        String namespace = near.namespace();
        String directory = near.applyGroup();
        Group group = switch (scope) {
            case SAME_NAMESPACE -> namespace != null ? namespaced.get(namespace) : unnamespaced.get(directory);
            case APPLIED_TOGETHER -> appliedTogether.get(new DirectoryAndNamespace(directory, namespace));
            case MAY_SHARE_NAMESPACE -> namespace != null ? null : directories.get(directory);
        };
        if (scope == Scope.MAY_SHARE_NAMESPACE && namespace != null) {
            List<Group> both = new ArrayList<>(2);
            both.add(namespaced.getOrDefault(namespace, empty));
            both.add(unnamespaced.getOrDefault(directory, empty));
            return both;
        }
        return List.of(group == null ? empty : group);
    }

    /** Lists of objects, each in set order, as one list in set order. */
    private List<KubeObject> merged(List<List<KubeObject>> parts) {
        List<List<KubeObject>> nonEmpty = parts.stream().filter(p -> !p.isEmpty()).toList();
        if (nonEmpty.size() <= 1) {
            return nonEmpty.isEmpty() ? List.of() : nonEmpty.get(0);
        }
        List<KubeObject> all = new ArrayList<>();
        nonEmpty.forEach(all::addAll);
        all.sort(Comparator.comparingInt(order::get));
        return all;
    }

    private record KindAndName(Kind kind, String name) {
    }

    /** The objects of one scope with their own indexes. */
    private final class Group {
        final Map<Kind, List<KubeObject>> byKind = new EnumMap<>(Kind.class);
        final Map<KindAndName, List<KubeObject>> byKindAndName = new HashMap<>();
        final LabelIndex podCreators = new LabelIndex();
        int customResources;

        void add(KubeObject object) {
            object.kind().ifPresent(kind -> {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(object);
                if (object.name() != null) {
                    byKindAndName.computeIfAbsent(new KindAndName(kind, object.name()), k -> new ArrayList<>()).add(object);
                }
            });
            object.podLabelsOfAnyPodCreator().ifPresent(labels -> podCreators.add(object, labels));
            if (object.isCustomResource()) {
                customResources++;
            }
        }
    }

    /**
     * Pod creators by label: for a list of requirements, the smallest list of objects that holds
     * every object satisfying them ({@code key=value} and {@code key in (...)} look values up,
     * {@code key} exists looks the key up; {@code notin} and {@code !key} narrow nothing).
     */
    private final class LabelIndex {
        private final List<KubeObject> all = new ArrayList<>();
        private final Map<String, List<KubeObject>> byKey = new HashMap<>();
        private final Map<String, Map<String, List<KubeObject>>> byKeyAndValue = new HashMap<>();

        void add(KubeObject object, Map<String, String> labels) {
            all.add(object);
            labels.forEach((key, value) -> {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(object);
                byKeyAndValue.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(value, v -> new ArrayList<>())
                        .add(object);
            });
        }

        List<KubeObject> candidates(List<Requirement> requirements) {
            List<KubeObject> best = all;
            for (Requirement requirement : requirements) {
                List<KubeObject> narrowed = switch (requirement.operator()) {
                    case IN -> withAnyValue(requirement.key(), requirement.values(), best.size());
                    case EXISTS -> byKey.getOrDefault(requirement.key(), List.of());
                    case NOT_IN, DOES_NOT_EXIST -> null;
                };
                if (narrowed != null && narrowed.size() < best.size()) {
                    best = narrowed;
                }
            }
            return best;
        }

        /** The objects with one of the values for the key; null when that would not beat {@code bound}. */
        private List<KubeObject> withAnyValue(String key, List<String> values, int bound) {
            Map<String, List<KubeObject>> byValue = byKeyAndValue.getOrDefault(key, Map.of());
            if (values.size() == 1) {
                return byValue.getOrDefault(values.get(0), List.of());
            }
            List<List<KubeObject>> parts = new ArrayList<>();
            int total = 0;
            for (String value : new LinkedHashSet<>(values)) {
                List<KubeObject> part = byValue.getOrDefault(value, List.of());
                parts.add(part);
                total += part.size();
            }
            return total >= bound ? null : merged(parts);
        }
    }
}
