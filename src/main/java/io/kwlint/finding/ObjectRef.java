package io.kwlint.finding;

import java.util.List;

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

    /** Objects named in a message: "A", "A and B", "A, B and C", "A, B, C and 4 more". */
    public static String list(List<ObjectRef> refs, int shown) {
        List<String> names = refs.stream().limit(refs.size() > shown ? shown : refs.size()).map(ObjectRef::toString).toList();
        int hidden = refs.size() - names.size();
        if (hidden > 0) {
            return String.join(", ", names) + " and " + hidden + " more";
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
