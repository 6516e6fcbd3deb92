package io.kwlint.model;

import java.util.Set;

/**
 * The kinds a Kubernetes cluster serves without any extension. Anything else is a custom
 * resource, whose operator may create pods that no manifest in the set describes.
 */
public final class BuiltInKinds {

    private static final Set<String> KINDS = Set.of(
            "Pod", "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Service", "ResourceQuota",
            "LimitRange", "ConfigMap", "Secret", "ServiceAccount", "Namespace", "PersistentVolume", "PersistentVolumeClaim",
            "Endpoints", "EndpointSlice", "Event", "Node", "ReplicationController", "PodTemplate", "Binding",
            "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "Ingress", "IngressClass", "NetworkPolicy",
            "PodDisruptionBudget", "HorizontalPodAutoscaler", "PriorityClass", "StorageClass", "VolumeAttachment",
            "CSIDriver", "CSINode", "CSIStorageCapacity", "RuntimeClass", "Lease", "CustomResourceDefinition",
            "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
            "MutatingAdmissionPolicyBinding", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration",
            "ControllerRevision", "List", "ServiceCIDR", "IPAddress", "ResourceClaim", "ResourceClaimTemplate",
            "DeviceClass", "ResourceSlice", "VolumeAttributesClass");

    private BuiltInKinds() {
    }

    /** True for a custom resource: a kind outside the built-in API groups. */
    public static boolean isCustomResource(String apiVersion, String kindName) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        boolean builtInGroup = group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
        return !(builtInGroup && KINDS.contains(kindName));
    }
}
