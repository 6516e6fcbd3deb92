package io.kwlint.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which apiVersions serve the built-in kinds, when they appeared, were deprecated and removed:
 * the one table behind {@code removed-api-version}, {@code deprecated-api-version}, the choice of
 * which objects kwlint models at a target version, and which kinds count as built-in for
 * {@code --strict-kinds}. Sources: upstream's deprecated API migration guide and the
 * {@code APILifecycleDeprecated}/{@code APILifecycleRemoved} markers of each API group's types.
 * Alpha versions, and betas that were never on by default, are left out: a cluster may or may not
 * serve them, so kwlint says nothing about them.
 */
public final class ApiVersions {

    /**
     * One apiVersion of some kinds.
     *
     * @param servedFrom    first 1.x release that serves it by default (0: before any kwlint targets)
     * @param deprecatedIn  release that deprecated it (0: not deprecated)
     * @param removedIn     first release that no longer serves it (0: still served)
     * @param replacement   the apiVersion to use instead, or what replaces a kind that is gone
     * @param inTheMove     what changes for the object when it moves to the replacement (null: nothing)
     */
    public record Lifecycle(String apiVersion, Set<String> kinds, int servedFrom, int deprecatedIn, int removedIn,
            String replacement, String inTheMove) {

        Lifecycle(String apiVersion, Set<String> kinds, int servedFrom, int deprecatedIn, int removedIn,
                String replacement) {
            this(apiVersion, kinds, servedFrom, deprecatedIn, removedIn, replacement, null);
        }

        public boolean servedIn(KubeVersion version) {
            return version.atLeast(servedFrom) && (removedIn == 0 || version.before(removedIn));
        }

        public boolean deprecatedIn(KubeVersion version) {
            return deprecatedIn > 0 && version.atLeast(deprecatedIn) && servedIn(version);
        }

        /** The group of the apiVersion ("" for the core group). */
        public String group() {
            return groupOf(apiVersion);
        }
    }

    private static final Set<String> APPS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
    private static final String APPS_MOVE = "spec.selector is required (no longer defaulted from the template's "
            + "labels) and cannot change after creation, and spec.rollbackTo is gone";
    private static final Set<String> WEBHOOKS = Set.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
    private static final Set<String> RBAC = Set.of("ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
    private static final Set<String> ACCESS_REVIEWS = Set.of("LocalSubjectAccessReview", "SelfSubjectAccessReview",
            "SelfSubjectRulesReview", "SubjectAccessReview");
    private static final Set<String> FLOW_CONTROL = Set.of("FlowSchema", "PriorityLevelConfiguration");
    private static final Set<String> STORAGE_V1BETA1 = Set.of("CSIDriver", "CSINode", "StorageClass", "VolumeAttachment");
    private static final Set<String> DEVICE_ALLOCATION = Set.of("DeviceClass", "ResourceClaim", "ResourceClaimTemplate",
            "ResourceSlice");
    private static final Set<String> CORE = Set.of("Pod", "Service", "ResourceQuota", "LimitRange", "Binding",
            "ComponentStatus", "ConfigMap", "Endpoints", "Event", "Namespace", "Node", "PersistentVolume",
            "PersistentVolumeClaim", "PodTemplate", "ReplicationController", "Secret", "ServiceAccount");

    public static final List<Lifecycle> TABLE = List.of(
            // The workload kinds and the core group.
            new Lifecycle("apps/v1", union(APPS, Set.of("ControllerRevision")), 9, 0, 0, null),
            new Lifecycle("extensions/v1beta1", Set.of("Deployment", "DaemonSet", "ReplicaSet"), 0, 9, 16, "apps/v1",
                    APPS_MOVE),
            new Lifecycle("apps/v1beta1", Set.of("Deployment", "StatefulSet", "ControllerRevision"), 0, 9, 16, "apps/v1",
                    APPS_MOVE),
            new Lifecycle("apps/v1beta2", union(APPS, Set.of("ControllerRevision")), 0, 9, 16, "apps/v1", APPS_MOVE),
            new Lifecycle("batch/v1", Set.of("Job"), 0, 0, 0, null),
            new Lifecycle("batch/v1", Set.of("CronJob"), 21, 0, 0, null),
            new Lifecycle("batch/v1beta1", Set.of("CronJob"), 8, 21, 25, "batch/v1"),
            // An alpha version that was never served unless its API group version was enabled.
            new Lifecycle("batch/v2alpha1", Set.of("CronJob"), 999, 0, 21, "batch/v1"),
            new Lifecycle("v1", CORE, 0, 0, 0, null),
            // Networking and policy.
            new Lifecycle("networking.k8s.io/v1", Set.of("Ingress", "IngressClass"), 19, 0, 0, null),
            new Lifecycle("networking.k8s.io/v1", Set.of("NetworkPolicy"), 0, 0, 0, null),
            new Lifecycle("networking.k8s.io/v1", Set.of("IPAddress", "ServiceCIDR"), 33, 0, 0, null),
            new Lifecycle("extensions/v1beta1", Set.of("Ingress"), 0, 14, 22, "networking.k8s.io/v1",
                    "backend.serviceName and backend.servicePort become backend.service.name and backend.service.port"
                            + ".number or .name, backend becomes defaultBackend, and every path needs a pathType"),
            new Lifecycle("networking.k8s.io/v1beta1", Set.of("Ingress"), 0, 19, 22, "networking.k8s.io/v1",
                    "backend.serviceName and backend.servicePort become backend.service.name and backend.service.port"
                            + ".number or .name, backend becomes defaultBackend, and every path needs a pathType"),
            new Lifecycle("networking.k8s.io/v1beta1", Set.of("IngressClass"), 0, 19, 22, "networking.k8s.io/v1"),
            new Lifecycle("extensions/v1beta1", Set.of("NetworkPolicy"), 0, 9, 16, "networking.k8s.io/v1"),
            new Lifecycle("extensions/v1beta1", Set.of("PodSecurityPolicy"), 0, 11, 16, "policy/v1beta1"),
            new Lifecycle("policy/v1", Set.of("PodDisruptionBudget"), 21, 0, 0, null),
            new Lifecycle("policy/v1beta1", Set.of("PodDisruptionBudget"), 0, 21, 25, "policy/v1",
                    "an empty spec.selector ({}) selects every pod of the namespace instead of none"),
            new Lifecycle("policy/v1beta1", Set.of("PodSecurityPolicy"), 0, 21, 25,
                    "Pod Security admission (pod-security.kubernetes.io/* namespace labels) or a policy engine",
                    "PodSecurityPolicy has no successor in the Kubernetes API"),
            // Autoscaling.
            new Lifecycle("autoscaling/v1", Set.of("HorizontalPodAutoscaler"), 0, 0, 0, null),
            new Lifecycle("autoscaling/v2", Set.of("HorizontalPodAutoscaler"), 23, 0, 0, null),
            new Lifecycle("autoscaling/v2beta1", Set.of("HorizontalPodAutoscaler"), 0, 22, 25, "autoscaling/v2",
                    "metric targets move under target (targetAverageUtilization becomes target.averageUtilization "
                            + "with target.type Utilization, targetAverageValue becomes target.averageValue)"),
            new Lifecycle("autoscaling/v2beta2", Set.of("HorizontalPodAutoscaler"), 0, 23, 26, "autoscaling/v2"),
            // Access control and API extension.
            new Lifecycle("rbac.authorization.k8s.io/v1", RBAC, 8, 0, 0, null),
            new Lifecycle("rbac.authorization.k8s.io/v1beta1", RBAC, 0, 17, 22, "rbac.authorization.k8s.io/v1"),
            new Lifecycle("admissionregistration.k8s.io/v1", WEBHOOKS, 16, 0, 0, null),
            new Lifecycle("admissionregistration.k8s.io/v1",
                    Set.of("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"), 30, 0, 0, null),
            new Lifecycle("admissionregistration.k8s.io/v1beta1", WEBHOOKS, 0, 16, 22, "admissionregistration.k8s.io/v1",
                    "webhooks[*].admissionReviewVersions and sideEffects (None or NoneOnDryRun) are required, "
                            + "failurePolicy defaults to Fail instead of Ignore, matchPolicy to Equivalent instead of Exact "
                            + "and timeoutSeconds to 10 instead of 30"),
            new Lifecycle("apiextensions.k8s.io/v1", Set.of("CustomResourceDefinition"), 16, 0, 0, null),
            new Lifecycle("apiextensions.k8s.io/v1beta1", Set.of("CustomResourceDefinition"), 0, 16, 22,
                    "apiextensions.k8s.io/v1", "spec.scope is no longer defaulted; spec.version, validation, subresources "
                            + "and additionalPrinterColumns move into each spec.versions[*] (the schema as "
                            + "versions[*].schema.openAPIV3Schema, required and structural); "
                            + "spec.preserveUnknownFields: true is not allowed"),
            new Lifecycle("apiregistration.k8s.io/v1", Set.of("APIService"), 10, 0, 0, null),
            new Lifecycle("apiregistration.k8s.io/v1beta1", Set.of("APIService"), 0, 19, 22, "apiregistration.k8s.io/v1"),
            new Lifecycle("authentication.k8s.io/v1", Set.of("TokenReview"), 0, 0, 0, null),
            new Lifecycle("authentication.k8s.io/v1", Set.of("SelfSubjectReview"), 28, 0, 0, null),
            new Lifecycle("authentication.k8s.io/v1beta1", Set.of("TokenReview"), 0, 19, 22, "authentication.k8s.io/v1"),
            new Lifecycle("authorization.k8s.io/v1", ACCESS_REVIEWS, 0, 0, 0, null),
            new Lifecycle("authorization.k8s.io/v1beta1", ACCESS_REVIEWS, 0, 19, 22, "authorization.k8s.io/v1",
                    "spec.group becomes spec.groups"),
            new Lifecycle("certificates.k8s.io/v1", Set.of("CertificateSigningRequest"), 19, 0, 0, null),
            new Lifecycle("certificates.k8s.io/v1beta1", Set.of("CertificateSigningRequest"), 0, 19, 22,
                    "certificates.k8s.io/v1", "spec.signerName is required and spec.usages must be set and "
                            + "allowed by the signer"),
            // Cluster plumbing.
            new Lifecycle("coordination.k8s.io/v1", Set.of("Lease"), 14, 0, 0, null),
            new Lifecycle("coordination.k8s.io/v1beta1", Set.of("Lease"), 0, 19, 22, "coordination.k8s.io/v1"),
            new Lifecycle("discovery.k8s.io/v1", Set.of("EndpointSlice"), 21, 0, 0, null),
            new Lifecycle("discovery.k8s.io/v1beta1", Set.of("EndpointSlice"), 0, 21, 25, "discovery.k8s.io/v1",
                    "endpoints[*].topology[\"kubernetes.io/hostname\"] becomes nodeName, topology[\"topology.kubernetes.io/zone\"] "
                            + "becomes zone, and the rest of topology becomes deprecatedTopology, which v1 does not let you write"),
            new Lifecycle("events.k8s.io/v1", Set.of("Event"), 19, 0, 0, null),
            new Lifecycle("events.k8s.io/v1beta1", Set.of("Event"), 0, 19, 25, "events.k8s.io/v1",
                    "type must be Normal or Warning; action, reason, reportingController and reportingInstance are "
                            + "required; eventTime replaces deprecatedFirstTimestamp, which a new Event may not set"),
            new Lifecycle("flowcontrol.apiserver.k8s.io/v1", FLOW_CONTROL, 29, 0, 0, null),
            new Lifecycle("flowcontrol.apiserver.k8s.io/v1beta1", FLOW_CONTROL, 0, 23, 26,
                    "flowcontrol.apiserver.k8s.io/v1"),
            new Lifecycle("flowcontrol.apiserver.k8s.io/v1beta2", FLOW_CONTROL, 0, 26, 29,
                    "flowcontrol.apiserver.k8s.io/v1", "spec.limited.assuredConcurrencyShares becomes "
                            + "spec.limited.nominalConcurrencyShares"),
            new Lifecycle("flowcontrol.apiserver.k8s.io/v1beta3", FLOW_CONTROL, 26, 29, 32,
                    "flowcontrol.apiserver.k8s.io/v1", "a spec.limited.nominalConcurrencyShares of 0 now means zero "
                            + "shares instead of the default 30"),
            new Lifecycle("node.k8s.io/v1", Set.of("RuntimeClass"), 20, 0, 0, null),
            new Lifecycle("node.k8s.io/v1beta1", Set.of("RuntimeClass"), 0, 20, 25, "node.k8s.io/v1"),
            new Lifecycle("scheduling.k8s.io/v1", Set.of("PriorityClass"), 14, 0, 0, null),
            new Lifecycle("scheduling.k8s.io/v1beta1", Set.of("PriorityClass"), 0, 14, 22, "scheduling.k8s.io/v1"),
            // Storage and devices.
            new Lifecycle("storage.k8s.io/v1", Set.of("StorageClass"), 0, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1", Set.of("VolumeAttachment"), 13, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1", Set.of("CSINode"), 17, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1", Set.of("CSIDriver"), 18, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1", Set.of("CSIStorageCapacity"), 24, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1", Set.of("VolumeAttributesClass"), 34, 0, 0, null),
            new Lifecycle("storage.k8s.io/v1beta1", STORAGE_V1BETA1, 0, 19, 22, "storage.k8s.io/v1"),
            new Lifecycle("storage.k8s.io/v1beta1", Set.of("CSIStorageCapacity"), 0, 24, 27, "storage.k8s.io/v1"),
            new Lifecycle("resource.k8s.io/v1", DEVICE_ALLOCATION, 34, 0, 0, null));

    /** The table by "apiVersion kind": looked up for every object, several times. */
    private static final java.util.Map<String, Lifecycle> BY_API_VERSION_AND_KIND = indexByApiVersionAndKind();
    private static final Set<String> KIND_NAMES = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(
            TABLE.stream().flatMap(l -> l.kinds().stream()).toList()));

    private static java.util.Map<String, Lifecycle> indexByApiVersionAndKind() {
        java.util.Map<String, Lifecycle> index = new java.util.HashMap<>();
        for (Lifecycle lifecycle : TABLE) {
            lifecycle.kinds().forEach(kind -> index.putIfAbsent(lifecycle.apiVersion() + " " + kind, lifecycle));
        }
        return java.util.Map.copyOf(index);
    }

    /** The API groups of the table: no custom resource can live in them (they are served by the API server itself). */
    public static final Set<String> BUILT_IN_GROUPS = TABLE.stream().map(Lifecycle::group)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ApiVersions() {
    }

    /** The group of an apiVersion: "apps" for apps/v1, "" for the core group's v1. */
    public static String groupOf(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Whether some release serves this kind in this API group: a built-in kind, not a custom resource. */
    public static boolean builtInKind(String group, String kindName) {
        return TABLE.stream().anyMatch(l -> l.group().equals(group) && l.kinds().contains(kindName));
    }

    /** Every kind the table knows, for the rule pages that list them. */
    public static Set<String> kindNames() {
        return KIND_NAMES;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** The table entry for this apiVersion and kind, if kwlint knows the pair. */
    public static Optional<Lifecycle> lifecycle(String apiVersion, String kindName) {
        return Optional.ofNullable(BY_API_VERSION_AND_KIND.get(apiVersion + " " + kindName));
    }

    /**
     * What to use instead of a version the target does not serve: the version that serves the kind
     * there, else the replacement named by the removal (followed while that one is gone too, as for
     * extensions/v1beta1 PodSecurityPolicy, whose policy/v1beta1 replacement is gone as well).
     */
    public static String useInstead(Lifecycle gone, String kindName, KubeVersion version) {
        String replacement = gone.replacement();
        for (int hops = 0; replacement != null && hops < TABLE.size(); hops++) {
            Optional<Lifecycle> next = lifecycle(replacement, kindName);
            if (next.isEmpty() || next.get().servedIn(version) || next.get().replacement() == null) {
                return replacement;
            }
            replacement = next.get().replacement();
        }
        // Not served yet (batch/v1 CronJob before 1.21): the version of the same group that is.
        return TABLE.stream().filter(l -> l.group().equals(gone.group()) && l.kinds().contains(kindName)
                        && l.servedIn(version))
                .map(Lifecycle::apiVersion).findFirst()
                .orElseGet(() -> servingVersion(kindName, version).orElse("a served version"));
    }

    /** The apiVersion that serves a kind at the target, for messages ("use apps/v1"). */
    public static Optional<String> servingVersion(String kindName, KubeVersion version) {
        return TABLE.stream().filter(l -> l.kinds().contains(kindName) && l.servedIn(version) && l.deprecatedIn() == 0)
                .map(Lifecycle::apiVersion).findFirst()
                .or(() -> TABLE.stream().filter(l -> l.kinds().contains(kindName) && l.servedIn(version))
                        .map(Lifecycle::apiVersion).findFirst());
    }

    /**
     * The kind an object is checked as: the kind at the API version kwlint models, or the
     * batch/v1beta1 CronJob where the target still serves it (its validation is the same).
     * Other versions of these kinds are only reported as removed or deprecated.
     */
    public static Optional<Kind> modeledKind(String apiVersion, String kindName, KubeVersion target) {
        Optional<Kind> kind = Kind.named(kindName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean served = lifecycle(apiVersion, kindName).filter(l -> l.servedIn(target)).isPresent();
        if (served && (kind.get().apiVersion().equals(apiVersion)
                || (kind.get() == Kind.CRON_JOB && apiVersion.equals("batch/v1beta1")))) {
            return kind;
        }
        return Optional.empty();
    }
}
