package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The downward API selectors as the API server checks them: {@code fieldRef}
 * (validateObjectFieldSelector, after ConvertDownwardAPIFieldLabel) and {@code resourceFieldRef}
 * (validateContainerResourceFieldSelector and its divisor check). The lists are sorted as
 * upstream prints them.
 */
public final class DownwardApi {

    /** What an environment variable may read (validEnvDownwardAPIFieldPathExpressions). */
    public static final List<String> ENV_FIELD_PATHS = List.of("metadata.name", "metadata.namespace", "metadata.uid",
            "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");

    /** What a downwardAPI volume file may hold (validVolumeDownwardAPIFieldPathExpressions). */
    public static final List<String> VOLUME_FIELD_PATHS = List.of("metadata.annotations", "metadata.labels",
            "metadata.name", "metadata.namespace", "metadata.uid");

    /** The pod fields ConvertDownwardAPIFieldLabel knows at all. */
    private static final Set<String> CONVERTIBLE = Set.of("metadata.annotations", "metadata.labels", "metadata.name",
            "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName",
            "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
            "spec.terminationGracePeriodSeconds");

    private static final List<String> RESOURCE_PATHS = List.of("limits.cpu", "limits.ephemeral-storage", "limits.memory",
            "requests.cpu", "requests.ephemeral-storage", "requests.memory");
    private static final List<String> HUGE_PAGES_PREFIXES = List.of("requests.hugepages-", "limits.hugepages-");
    private static final Set<String> CPU_DIVISORS = Set.of("1m", "1");
    private static final Set<String> BYTE_DIVISORS = Set.of("1", "1k", "1M", "1G", "1T", "1P", "1E",
            "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");
    private static final String BYTE_DIVISOR_LIST = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei";

    private DownwardApi() {
    }

    /** The errors of a {@code fieldRef}; none when the node is not a mapping. */
    public static List<ApiError> fieldSelectorErrors(Node selector, List<String> expressions) {
        return fieldSelectorErrors(selector, selector.path(), expressions);
    }

    /** As above, where upstream prints the selector at {@code printed} (a volume file without its index). */
    public static List<ApiError> fieldSelectorErrors(Node selector, FieldPath printed, List<String> expressions) {
        List<ApiError> errors = new ArrayList<>();
        if (!selector.isMap()) {
            return errors;
        }
        Node apiVersion = selector.get("apiVersion");
        Node fieldPath = selector.get("fieldPath");
        if (apiVersion.asString().orElse("").isEmpty()) {
            errors.add(ApiError.required(apiVersion.isPresent() ? apiVersion : selector, printed.child("apiVersion"), ""));
            return errors;
        }
        String label = fieldPath.asString().orElse("");
        if (label.isEmpty()) {
            errors.add(ApiError.required(fieldPath.isPresent() ? fieldPath : selector, printed.child("fieldPath"), ""));
            return errors;
        }
        String conversionError = conversionError(apiVersion.asString().get(), label);
        if (conversionError != null) {
            errors.add(ApiError.invalid(fieldPath, printed.child("fieldPath"), ApiError.quote(label),
                    "error converting fieldPath: " + conversionError));
            return errors;
        }
        String internal = label.equals("spec.host") ? "spec.nodeName" : label;
        String[] subscripted = splitSubscript(internal);
        if (subscripted != null) {
            String key = subscripted[0].equals("metadata.annotations") ? subscripted[1].toLowerCase(Locale.ROOT) : subscripted[1];
            for (String message : KubeValidation.qualifiedName(key)) {
                errors.add(ApiError.invalid(fieldPath, printed, ApiError.quote(key), message));
            }
        } else if (!expressions.contains(internal)) {
            errors.add(ApiError.unsupported(fieldPath, printed.child("fieldPath"), ApiError.quote(internal), expressions));
        }
        return errors;
    }

    /** ConvertDownwardAPIFieldLabel's error for a label it cannot convert, or null. */
    private static String conversionError(String version, String label) {
        if (!version.equals("v1")) {
            return "unsupported pod version: " + version;
        }
        String[] subscripted = splitSubscript(label);
        if (subscripted != null) {
            boolean supported = subscripted[0].equals("metadata.annotations") || subscripted[0].equals("metadata.labels");
            return supported ? null : "field label does not support subscript: " + label;
        }
        return CONVERTIBLE.contains(label) || label.equals("spec.host") ? null : "field label not supported: " + label;
    }

    /** SplitMaybeSubscriptedPath: {@code metadata.labels['app']} as {path, subscript}, or null. */
    private static String[] splitSubscript(String fieldPath) {
        if (!fieldPath.endsWith("']")) {
            return null;
        }
        String trimmed = fieldPath.substring(0, fieldPath.length() - 2);
        int open = trimmed.indexOf("['");
        if (open <= 0) {
            return null;
        }
        return new String[] {trimmed.substring(0, open), trimmed.substring(open + 2)};
    }

    /**
     * The errors of a {@code resourceFieldRef}. A volume file must name its container; an
     * environment variable reads its own.
     */
    public static List<ApiError> resourceSelectorErrors(Node selector, boolean volume) {
        return resourceSelectorErrors(selector, selector.path(), volume);
    }

    /** As above, where upstream prints the selector at {@code printed}. */
    public static List<ApiError> resourceSelectorErrors(Node selector, FieldPath printed, boolean volume) {
        List<ApiError> errors = new ArrayList<>();
        if (!selector.isMap()) {
            return errors;
        }
        Node containerName = selector.get("containerName");
        Node resource = selector.get("resource");
        String name = resource.asString().orElse("");
        if (volume && containerName.asString().orElse("").isEmpty()) {
            errors.add(ApiError.required(containerName.isPresent() ? containerName : selector,
                    printed.child("containerName"), ""));
        } else if (name.isEmpty()) {
            errors.add(ApiError.required(resource.isPresent() ? resource : selector, printed.child("resource"), ""));
        } else if (!RESOURCE_PATHS.contains(name) && HUGE_PAGES_PREFIXES.stream().noneMatch(name::startsWith)) {
            errors.add(ApiError.unsupported(resource, printed.child("resource"), ApiError.quote(name), RESOURCE_PATHS));
        }
        divisorError(selector, printed, name).ifPresent(errors::add);
        return errors;
    }

    private static java.util.Optional<ApiError> divisorError(Node selector, FieldPath printed, String resourceName) {
        Node divisor = selector.get("divisor");
        Quantity value = Quantity.of(divisor).orElse(Quantity.ZERO);
        if (value.isZero()) {
            return java.util.Optional.empty();
        }
        String canonical = value.toString();
        String message = switch (resourceName) {
            case "limits.cpu", "requests.cpu" -> CPU_DIVISORS.contains(canonical) ? null
                    : "only divisor's values 1m and 1 are supported with the cpu resource";
            case "limits.memory", "requests.memory" -> BYTE_DIVISORS.contains(canonical) ? null
                    : "only divisor's values " + BYTE_DIVISOR_LIST + " are supported with the memory resource";
            case "limits.ephemeral-storage", "requests.ephemeral-storage" -> BYTE_DIVISORS.contains(canonical) ? null
                    : "only divisor's values " + BYTE_DIVISOR_LIST + " are supported with the local ephemeral storage resource";
            default -> HUGE_PAGES_PREFIXES.stream().anyMatch(resourceName::startsWith) && !BYTE_DIVISORS.contains(canonical)
                    ? "only divisor's values " + BYTE_DIVISOR_LIST + " are supported with the hugepages resource" : null;
        };
        // Upstream prints the resource name as the invalid value.
        return java.util.Optional.ofNullable(message).map(m ->
                ApiError.invalid(divisor, printed.child("divisor"), ApiError.quote(resourceName), m));
    }
}
