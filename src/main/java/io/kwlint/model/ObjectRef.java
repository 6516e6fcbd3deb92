package io.kwlint.model;

/**
 * How reports name an object: {@code Deployment/web}, or {@code Deployment/prod/web} when the
 * manifest sets a namespace (the Kind/namespace/name form Flux and Argo CD print).
 */
public record ObjectRef(String kind, String namespace, String name) {

    @Override
    public String toString() {
        String shownName = name == null || name.isEmpty() ? "(unnamed)" : name;
        return namespace == null || namespace.isEmpty() ? kind + "/" + shownName : kind + "/" + namespace + "/" + shownName;
    }
}
