package io.kwlint.model;

import java.util.Set;

/**
 * Labels controllers add to the pods they create, which a hand-written selector (a Service's,
 * say) may use although no template carries them: {@code statefulset.kubernetes.io/pod-name},
 * {@code pod-template-hash}, {@code job-name}...
 */
public final class ControllerLabels {

    private static final Set<String> ADDED = Set.of(
            "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index", "controller-revision-hash",
            "pod-template-hash", "pod-template-generation", "job-name", "controller-uid",
            "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index");

    private ControllerLabels() {
    }

    /** True for a label some controller adds to the pods it creates. */
    public static boolean isAdded(String key) {
        return ADDED.contains(key);
    }
}
