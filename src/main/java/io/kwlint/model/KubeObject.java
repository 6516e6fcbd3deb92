package io.kwlint.model;

import io.kwlint.finding.ObjectRef;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One Kubernetes object read from a manifest, with its place in the input. */
public final class KubeObject {

    private final SourceFile file;
    private final int documentIndex;
    private final MapNode root;
    private final String apiVersion;
    private final String kindName;
    private final Kind modeledKind;
    private List<DisabledFields.Dropped> dropped = List.of();
    /**
     * What cross-object rules ask of every object, over and over: computed once, on first use.
     * Defaulting never touches metadata or pod labels, so these stay true for the object's life.
     * The holder records are immutable, so a race between threads only computes them twice.
     */
    private Identity identity;
    private PodCreator podCreator;
    private final java.util.Map<Object, java.util.Optional<?>> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private record Identity(String name, String namespace, String applyGroup, ObjectRef ref, boolean customResource) {
    }

    /** The labels of the pods this object creates from a template, or null if it creates none. */
    private record PodCreator(Map<String, String> labels) {
    }

    /**
     * @param modeledKind the kind kwlint models this object as, or null when its apiVersion and
     *                    kind are not one kwlint understands at the target version
     */
    public KubeObject(SourceFile file, int documentIndex, MapNode root, String apiVersion, String kindName,
            Kind modeledKind) {
        this.file = file;
        this.documentIndex = documentIndex;
        this.root = root;
        this.apiVersion = apiVersion;
        this.kindName = kindName;
        this.modeledKind = modeledKind;
    }

    /**
     * A fact derived from this object within one run (the rollout preview under a quota), computed
     * once however many rules ask: {@code key} names the fact, one constant per kind of fact.
     */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> derived(Object key, java.util.function.Supplier<java.util.Optional<T>> compute) {
        return (java.util.Optional<T>) derived.computeIfAbsent(key, k -> compute.get());
    }

    /** Written fields the target cluster drops because their feature gate is off. */
    public List<DisabledFields.Dropped> droppedFields() {
        return dropped;
    }

    void setDroppedFields(List<DisabledFields.Dropped> fields) {
        this.dropped = List.copyOf(fields);
    }

    public SourceFile file() {
        return file;
    }

    /** The 0-based index of the document in its file. */
    public int documentIndex() {
        return documentIndex;
    }

    public MapNode root() {
        return root;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kindName() {
        return kindName;
    }

    /** The kind kwlint models this object as; empty for other kinds and unserved apiVersions. */
    public Optional<Kind> kind() {
        return Optional.ofNullable(modeledKind);
    }

    public boolean is(Kind kind) {
        return modeledKind == kind;
    }

    public boolean isWorkload() {
        return modeledKind != null && modeledKind.isWorkload();
    }

    public Node metadata() {
        return root.get("metadata");
    }

    public Node spec() {
        return root.get("spec");
    }

    /** {@code metadata.name}, or null when it is not set (generateName objects). */
    public String name() {
        return identity().name();
    }

    /** {@code metadata.namespace}, or null: then the namespace comes from kubectl's context. */
    public String namespace() {
        return identity().namespace();
    }

    public ObjectRef ref() {
        return identity().ref();
    }

    /** True for a custom resource: a kind outside the built-in API groups. */
    public boolean isCustomResource() {
        return identity().customResource();
    }

    private Identity identity() {
        Identity known = identity;
        if (known == null) {
            Node metadata = metadata();
            String name = metadata.get("name").asString().orElse(null);
            String namespace = metadata.get("namespace").asString().filter(ns -> !ns.isEmpty()).orElse(null);
            String shownName = name != null ? name : metadata.get("generateName").asString().map(g -> g + "*").orElse(null);
            String path = file.displayPath();
            int slash = path.lastIndexOf('/');
            known = new Identity(name, namespace, slash < 0 ? "" : path.substring(0, slash),
                    new ObjectRef(kindName, namespace, shownName), BuiltInKinds.isCustomResource(apiVersion, kindName));
            identity = known;
        }
        return known;
    }

    /** The pod template (a node with metadata and spec); absent for kinds that run no pods. */
    public Node podTemplate() {
        return modeledKind == null ? root.get("(no pod template)") : modeledKind.podTemplate(root);
    }

    /** A Job's spec, or the spec of the Jobs a CronJob creates; absent for other kinds. */
    public Node jobSpec() {
        if (modeledKind == Kind.JOB) {
            return spec();
        }
        return modeledKind == Kind.CRON_JOB ? spec().at("jobTemplate.spec") : root.get("(no job spec)");
    }

    public Node podSpec() {
        return podTemplate().get("spec");
    }

    /** The labels pods of this workload get, as the API server reads them. */
    public Map<String, String> podLabels() {
        return isWorkload() ? podCreator().labels() : Map.of();
    }

    /**
     * The pod labels of any object that creates pods from a template: the workloads kwlint
     * models, and others with a {@code spec.template} (ReplicationControllers, Argo Rollouts...).
     */
    public Optional<Map<String, String>> podLabelsOfAnyPodCreator() {
        return Optional.ofNullable(podCreator().labels());
    }

    private PodCreator podCreator() {
        PodCreator known = podCreator;
        if (known == null) {
            Map<String, String> labels = null;
            if (isWorkload()) {
                labels = podTemplate().at("metadata.labels") instanceof MapNode map
                        ? Collections.unmodifiableMap(map.asStringMap()) : Map.of();
            } else if (modeledKind == null && root.at("spec.template.metadata.labels") instanceof MapNode map) {
                labels = Collections.unmodifiableMap(map.asStringMap());
            }
            known = new PodCreator(labels);
            podCreator = known;
        }
        return known;
    }

    /**
     * Whether the two are the same object in the cluster (same kind, namespace and name): two
     * variants of one manifest, of which the later apply replaces the earlier.
     */
    public boolean sameIdentityAs(KubeObject other) {
        return kindName.equals(other.kindName) && name() != null && name().equals(other.name()) && sameNamespaceAs(other);
    }

    /**
     * The objects applied together with this one when it sets no namespace: those of its
     * directory ({@code kubectl apply -f dir} gives them all the same namespace). Unnamespaced
     * manifests of different directories are usually applied separately, often to different
     * namespaces, so they are not related.
     */
    public String applyGroup() {
        return identity().applyGroup();
    }

    /**
     * Whether two objects certainly land in the same namespace: both name the same one, or
     * neither does and they are applied together. Rules that report a conflict use this.
     */
    public boolean sameNamespaceAs(KubeObject other) {
        String mine = namespace();
        String theirs = other.namespace();
        if (mine != null && theirs != null) {
            return mine.equals(theirs);
        }
        return mine == null && theirs == null && applyGroup().equals(other.applyGroup());
    }

    /**
     * Whether two objects certainly run side by side: in the same namespace and applied together
     * (the same directory). Manifests of different directories that name the same namespace are
     * often alternatives (one per cloud provider, per environment, per generated variant), so a
     * conflict between them is not certain; rules that report conflicts between workloads use this.
     */
    public boolean appliedTogetherWith(KubeObject other) {
        return sameNamespaceAs(other) && applyGroup().equals(other.applyGroup());
    }

    /**
     * Whether two objects may land in the same namespace: both name the same one, or at least one
     * leaves it to kubectl and they are applied together. Rules that report something missing use
     * this, so as not to call "missing" an object that may well be there.
     */
    public boolean mayShareNamespaceWith(KubeObject other) {
        String mine = namespace();
        String theirs = other.namespace();
        if (mine != null && theirs != null) {
            return mine.equals(theirs);
        }
        return applyGroup().equals(other.applyGroup());
    }

    @Override
    public String toString() {
        return ref() + " (" + file.displayPath() + " document " + (documentIndex + 1) + ")";
    }
}
