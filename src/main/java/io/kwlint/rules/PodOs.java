package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code spec.os} and what it excludes (validateOS, validateLinux, validateWindows), and Windows
 * HostProcess pods (validateWindowsHostProcessPod).
 */
@RuleId("pod-os")
final class PodOs implements ObjectRule {

    private static final List<String> OPERATING_SYSTEMS = List.of("linux", "windows");
    /** Pod securityContext fields a Windows pod may not set. */
    private static final List<String> WINDOWS_POD_CONTEXT = List.of("appArmorProfile", "seLinuxOptions", "seccompProfile",
            "fsGroup", "fsGroupChangePolicy", "sysctls", "runAsUser", "runAsGroup", "supplementalGroups",
            "supplementalGroupsPolicy", "seLinuxChangePolicy");
    /** Pod spec fields a Windows pod may not set (upstream keeps them in its internal security context). */
    private static final List<String> WINDOWS_POD_SPEC = List.of("hostUsers", "hostPID", "hostIPC", "shareProcessNamespace");
    /** Container securityContext fields a Windows pod may not set. */
    private static final List<String> WINDOWS_CONTAINER_CONTEXT = List.of("appArmorProfile", "seLinuxOptions",
            "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation",
            "procMount", "runAsUser", "runAsGroup");

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        Node os = spec.get("os");
        if (os.isMap()) {
            Node name = os.get("name");
            String value = name.asString().orElse("");
            if (value.isEmpty()) {
                report(context, ApiError.required(name.isPresent() ? name : os, os.path().child("name"), "cannot be empty"));
            } else if (!OPERATING_SYSTEMS.contains(value)) {
                // sic: upstream prints the os field, not its name
                report(context, ApiError.unsupported(name, os.path(), ApiError.quote(value), OPERATING_SYSTEMS));
            } else if (value.equals("linux")) {
                linux(spec, context);
            } else {
                windows(spec, context);
            }
        }
        hostProcess(spec, context);
    }

    private static void report(RuleContext context, ApiError error) {
        context.report(error, "invalid");
    }

    private static List<Node> containers(Node spec) {
        List<Node> containers = new ArrayList<>();
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            containers.addAll(spec.get(list).items());
        }
        return containers;
    }

    private static void linux(Node spec, RuleContext context) {
        forbid(spec.get("securityContext"), List.of("windowsOptions"), spec.get("securityContext").path(),
                "windows options cannot be set for a linux pod", context);
        for (Node container : containers(spec)) {
            Node security = container.get("securityContext");
            forbid(security, List.of("windowsOptions"), security.path(), "windows options cannot be set for a linux pod", context);
        }
    }

    private static void windows(Node spec, RuleContext context) {
        Node security = spec.get("securityContext");
        forbid(security, WINDOWS_POD_CONTEXT, security.path(), "cannot be set for a windows pod", context);
        for (String field : WINDOWS_POD_SPEC) {
            Node value = spec.get(field);
            // hostPID, hostIPC and shareProcessNamespace count only when true (plain booleans upstream)
            boolean set = field.equals("hostUsers") ? value.isPresent() : value.asBoolean().orElse(false);
            if (set) {
                report(context, ApiError.forbidden(value, spec.path().child(field), "cannot be set for a windows pod"));
            }
        }
        for (Node container : containers(spec)) {
            Node containerSecurity = container.get("securityContext");
            forbid(containerSecurity, WINDOWS_CONTAINER_CONTEXT, containerSecurity.path(), "cannot be set for a windows pod", context);
        }
    }

    private static void forbid(Node map, List<String> fields, FieldPath path, String message, RuleContext context) {
        for (String field : fields) {
            Node value = map.get(field);
            boolean set = field.equals("sysctls") || field.equals("supplementalGroups")
                    ? !value.items().isEmpty() : value.isPresent();
            if (set) {
                report(context, ApiError.forbidden(value, path.child(field), message));
            }
        }
    }

    /** Either every container is a HostProcess container, with the host's network, or none is. */
    private static void hostProcess(Node spec, RuleContext context) {
        Node podValue = spec.at("securityContext.windowsOptions.hostProcess");
        Boolean pod = podValue.asBoolean().orElse(null);
        int containers = 0;
        int hostProcess = 0;
        for (Node container : containers(spec)) {
            containers++;
            Node value = container.at("securityContext.windowsOptions.hostProcess");
            Boolean own = value.asBoolean().orElse(null);
            if (pod != null && own != null && !pod.equals(own)) {
                report(context, ApiError.invalid(value, own.toString(),
                        "pod hostProcess value must be identical if both are specified, was " + pod));
            }
            if (own != null ? own : Boolean.TRUE.equals(pod)) {
                hostProcess++;
            }
        }
        if (hostProcess == 0) {
            return;
        }
        if (hostProcess != containers) {
            report(context, ApiError.invalid(podValue.isPresent() ? podValue : spec, spec.path(), "\"\"",
                    "If pod contains any hostProcess containers then all containers must be HostProcess containers"));
        }
        Node hostNetwork = spec.get("hostNetwork");
        if (!hostNetwork.asBoolean().orElse(false)) {
            report(context, ApiError.invalid(hostNetwork.isPresent() ? hostNetwork : spec, spec.path().child("hostNetwork"), "false",
                    "hostNetwork must be true if pod contains any hostProcess containers"));
        }
    }
}
