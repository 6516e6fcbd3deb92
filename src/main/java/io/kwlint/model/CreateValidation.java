package io.kwlint.model;

/**
 * Where the API server's create-time validation has gaps that controllers then hit.
 *
 * <p>Before Kubernetes 1.34 the API server did not validate a StatefulSet's pod spec on create
 * (only the template's labels, the selector match, restartPolicy and activeDeadlineSeconds): a
 * bad pod spec is accepted and the controller then fails to create every pod.
 */
public final class CreateValidation {

    private static final int STATEFULSET_POD_SPEC_VALIDATED_SINCE = 34;
    private static final String POD_SPEC = "spec.template.spec";

    private CreateValidation() {
    }

    /** True if an error at {@code fieldPath} is only found when the controller creates pods. */
    public static boolean deferredToController(KubeObject object, String fieldPath, KubeVersion version) {
        if (!object.is(Kind.STATEFUL_SET) || version.atLeast(STATEFULSET_POD_SPEC_VALIDATED_SINCE) || fieldPath == null) {
            return false;
        }
        boolean inPodSpec = fieldPath.equals(POD_SPEC) || fieldPath.startsWith(POD_SPEC + ".") || fieldPath.startsWith(POD_SPEC + "[");
        boolean checkedAnyway = fieldPath.equals(POD_SPEC + ".restartPolicy")
                || fieldPath.equals(POD_SPEC + ".activeDeadlineSeconds");
        return inPodSpec && !checkedAnyway;
    }

    /** What reports add to such an error so that the reader knows when it bites. */
    public static String controllerNote(KubeVersion version) {
        return " (the API server of Kubernetes " + version + " accepts this StatefulSet, but its controller"
                + " will fail to create every pod: FailedCreate)";
    }
}
