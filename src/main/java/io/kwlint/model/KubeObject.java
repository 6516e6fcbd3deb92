package io.kwlint.model;

import io.kwlint.source.SourceFile;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
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
        return metadata().get("name").asString().orElse(null);
    }

    /** {@code metadata.namespace}, or null: then the namespace comes from kubectl's context. */
    public String namespace() {
        return metadata().get("namespace").asString().filter(ns -> !ns.isEmpty()).orElse(null);
    }

    public ObjectRef ref() {
        String shownName = name();
        if (shownName == null) {
            shownName = metadata().get("generateName").asString().map(g -> g + "*").orElse(null);
        }
        return new ObjectRef(kindName, namespace(), shownName);
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
        return podTemplate().at("metadata.labels") instanceof MapNode labels ? labels.asStringMap() : Map.of();
    }

    /**
     * Whether two objects certainly land in the same namespace: both name the same one, or both
     * leave it to kubectl. Rules that report a conflict between objects use this.
     */
    public boolean sameNamespaceAs(KubeObject other) {
        return java.util.Objects.equals(namespace(), other.namespace());
    }

    /**
     * Whether two objects may land in the same namespace: an unset namespace is kubectl's, which
     * may be the other one's. Rules that report something missing use this, so as not to claim
     * "missing" for an object that may well be there.
     */
    public boolean mayShareNamespaceWith(KubeObject other) {
        String mine = namespace();
        String theirs = other.namespace();
        return mine == null || theirs == null || mine.equals(theirs);
    }

    @Override
    public String toString() {
        return ref() + " (" + file.displayPath() + " document " + (documentIndex + 1) + ")";
    }
}
