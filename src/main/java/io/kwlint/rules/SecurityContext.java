package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.value.LocalPaths;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pod's and each container's securityContext as validatePodSpecSecurityContext and
 * ValidateSecurityContext check them: user and group IDs, sysctls, seccomp and AppArmor profiles,
 * policies, Windows options, and the settings that exclude each other. Upstream keeps hostPID,
 * hostIPC and shareProcessNamespace in the pod's security context internally, and prints some of
 * their errors with that path ({@code spec.securityContext.shareProcessNamespace},
 * {@code spec.HostPID}); so does kwlint.
 */
@RuleId("security-context")
final class SecurityContext implements ObjectRule {

    private static final long MAX_ID = Integer.MAX_VALUE;
    private static final String ID_RANGE = "must be between 0 and 2147483647, inclusive";
    private static final String SYSCTL_FMT = "(" + "[a-z0-9]([-_a-z0-9]*[a-z0-9])?" + "[\\./])*" + "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
    private static final Pattern SYSCTL = Pattern.compile("^" + SYSCTL_FMT + "$");
    private static final List<String> PROFILE_TYPES = List.of("Localhost", "RuntimeDefault", "Unconfined");
    private static final List<String> FS_GROUP_POLICIES = List.of("Always", "OnRootMismatch");
    private static final List<String> SUPPLEMENTAL_GROUPS_POLICIES = List.of("Merge", "Strict");
    private static final List<String> SELINUX_CHANGE_POLICIES = List.of("MountOption", "Recursive");
    private static final List<String> PROC_MOUNTS = List.of("Default", "Unmasked");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern NETBIOS_DOMAIN = Pattern.compile("^[^\\\\/:*?\"<>|.][^\\\\/:*?\"<>|]{0,14}$");
    private static final String DNS_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
    private static final Pattern DNS_DOMAIN = Pattern.compile("^" + DNS_LABEL + "(?:\\." + DNS_LABEL + ")*$");
    private static final Pattern BAD_USER_CHARS = Pattern.compile("[\"/\\\\:;|=,+*?<>@\\[\\]]");
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("^[. ]+$");

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        Node security = spec.get("securityContext");
        boolean hostUsers = spec.get("hostUsers").asBoolean().orElse(true);
        podContext(spec, security, context);
        hostUsersConflicts(spec, hostUsers, context);
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            for (Node container : spec.get(list).items()) {
                containerContext(container.get("securityContext"), hostUsers, context);
            }
        }
    }

    private static void report(RuleContext context, ApiError error) {
        context.report(error, "invalid");
    }

    private static void podContext(Node spec, Node security, RuleContext context) {
        FieldPath path = security.path();
        id(security.get("fsGroup"), context);
        id(security.get("runAsUser"), context);
        id(security.get("runAsGroup"), context);
        security.get("supplementalGroups").items().forEach(gid -> id(gid, context));
        Node share = spec.get("shareProcessNamespace");
        if (share.asBoolean().orElse(false) && spec.get("hostPID").asBoolean().orElse(false)) {
            report(context, ApiError.invalid(share, path.child("shareProcessNamespace"), "true",
                    "ShareProcessNamespace and HostPID cannot both be enabled"));
        }
        sysctls(spec, security.get("sysctls"), context);
        oneOf(security.get("fsGroupChangePolicy"), FS_GROUP_POLICIES, context);
        oneOf(security.get("supplementalGroupsPolicy"), SUPPLEMENTAL_GROUPS_POLICIES, context);
        oneOf(security.get("seLinuxChangePolicy"), SELINUX_CHANGE_POLICIES, context);
        seccomp(security.get("seccompProfile"), context);
        appArmor(security.get("appArmorProfile"), context);
        windowsOptions(security.get("windowsOptions"), context);
    }

    private static void containerContext(Node security, boolean hostUsers, RuleContext context) {
        if (!security.isMap()) {
            return;
        }
        id(security.get("runAsUser"), context);
        id(security.get("runAsGroup"), context);
        Node procMount = security.get("procMount");
        procMount.asString().ifPresent(mode -> {
            if (!PROC_MOUNTS.contains(mode)) {
                report(context, ApiError.unsupported(procMount, ApiError.quote(mode), PROC_MOUNTS));
            }
            if (hostUsers && mode.equals("Unmasked")) {
                report(context, ApiError.invalid(procMount, ApiError.quote(mode),
                        "`hostUsers` must be false to use `Unmasked`"));
            }
        });
        seccomp(security.get("seccompProfile"), context);
        if (security.get("allowPrivilegeEscalation").asBoolean().filter(allowed -> !allowed).isPresent()) {
            if (security.get("privileged").asBoolean().orElse(false)) {
                report(context, ApiError.invalid(security, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
            }
            for (Node capability : security.at("capabilities.add").items()) {
                if (capability.is("CAP_SYS_ADMIN")) {
                    report(context, ApiError.invalid(security, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
                }
            }
        }
        windowsOptions(security.get("windowsOptions"), context);
        appArmor(security.get("appArmorProfile"), context);
    }

    private static void id(Node value, RuleContext context) {
        value.asLong().ifPresent(id -> {
            if (id < 0 || id > MAX_ID) {
                report(context, ApiError.invalid(value, Long.toString(id), ID_RANGE));
            }
        });
    }

    private static void oneOf(Node value, List<String> supported, RuleContext context) {
        value.asString().filter(v -> !supported.contains(v)).ifPresent(v ->
                report(context, ApiError.unsupported(value, ApiError.quote(v), supported)));
    }

    /** validateSysctls: names, duplicates, and namespaced sysctls where the pod shares the host's namespace. */
    private static void sysctls(Node spec, Node list, RuleContext context) {
        boolean hostNetwork = spec.get("hostNetwork").asBoolean().orElse(false);
        boolean hostIpc = spec.get("hostIPC").asBoolean().orElse(false);
        Set<String> names = new HashSet<>();
        for (Node sysctl : list.items()) {
            Node name = sysctl.get("name");
            String text = name.asString().orElse("");
            FieldPath namePath = sysctl.path().child("name");
            Node at = name.isPresent() ? name : sysctl;
            if (text.isEmpty()) {
                report(context, ApiError.required(at, namePath, ""));
            } else if (text.length() > 253 || !SYSCTL.matcher(text).matches()) {
                report(context, ApiError.invalid(at, namePath, ApiError.quote(text),
                        "must have at most 253 characters and match regex ^" + SYSCTL_FMT + "$"));
            } else if (names.contains(text)) {
                report(context, new ApiError(at, namePath, ApiError.Type.DUPLICATE, ApiError.quote(text), null));
            }
            String namespace = sysctlNamespace(text);
            if (hostNetwork && namespace.equals("net")) {
                report(context, ApiError.invalid(at, namePath, ApiError.quote(text), "may not be specified when 'hostNetwork' is true"));
            } else if (hostIpc && namespace.equals("ipc")) {
                report(context, ApiError.invalid(at, namePath, ApiError.quote(text), "may not be specified when 'hostIPC' is true"));
            }
            names.add(text);
        }
    }

    /** The kernel namespace a sysctl belongs to (component-helpers' GetNamespace), after slash normalization. */
    static String sysctlNamespace(String sysctl) {
        String name = sysctl;
        int separator = indexOfAny(name, "./");
        if (separator >= 0 && name.charAt(separator) == '/') {
            StringBuilder swapped = new StringBuilder(name.length());
            for (char c : name.toCharArray()) {
                swapped.append(c == '/' ? '.' : c == '.' ? '/' : c);
            }
            name = swapped.toString();
        }
        if (name.equals("kernel.sem") || name.startsWith("kernel.shm") || name.startsWith("kernel.msg")
                || name.startsWith("fs.mqueue.")) {
            return "ipc";
        }
        return name.startsWith("net.") ? "net" : "";
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void seccomp(Node profile, RuleContext context) {
        if (!profile.isMap()) {
            return;
        }
        Node type = profile.get("type");
        Node localhost = profile.get("localhostProfile");
        String typeText = type.asString().orElse("");
        if (typeText.isEmpty()) {
            report(context, ApiError.required(type.isPresent() ? type : profile, profile.path().child("type"),
                    "type is required when seccompProfile is set"));
        } else if (!PROFILE_TYPES.contains(typeText)) {
            report(context, ApiError.unsupported(type, ApiError.quote(typeText), PROFILE_TYPES));
        }
        if (typeText.equals("Localhost")) {
            if (!localhost.isPresent()) {
                report(context, ApiError.required(profile, profile.path().child("localhostProfile"),
                        "must be set when seccomp type is Localhost"));
            } else {
                localhost.asString().ifPresent(path -> LocalPaths.descendingErrors(path).forEach(message ->
                        report(context, ApiError.invalid(localhost, ApiError.quote(path), message))));
            }
        } else if (localhost.isPresent()) {
            report(context, ApiError.invalid(localhost, ApiError.render(profile),
                    "can only be set when seccomp type is Localhost"));
        }
    }

    private static void appArmor(Node profile, RuleContext context) {
        if (!profile.isMap()) {
            return;
        }
        Node type = profile.get("type");
        Node localhost = profile.get("localhostProfile");
        String typeText = type.asString().orElse("");
        FieldPath localhostPath = profile.path().child("localhostProfile");
        switch (typeText) {
            case "Localhost" -> {
                String value = localhost.asString().orElse(null);
                if (value == null) {
                    report(context, ApiError.required(localhost.isPresent() ? localhost : profile, localhostPath,
                            "must be set when AppArmor type is Localhost"));
                    return;
                }
                if (!value.strip().equals(value)) {
                    report(context, ApiError.invalid(localhost, localhostPath, ApiError.quote(value), "must not be padded with whitespace"));
                } else if (value.isEmpty()) {
                    report(context, ApiError.required(localhost, localhostPath, "must be set when AppArmor type is Localhost"));
                }
                if (value.length() > 4095) {
                    report(context, new ApiError(localhost, localhostPath, ApiError.Type.TOO_LONG, null, "may not be more than 4095 bytes"));
                }
            }
            case "RuntimeDefault", "Unconfined" -> {
                if (localhost.isPresent()) {
                    report(context, ApiError.invalid(localhost, localhostPath, ApiError.render(localhost),
                            "can only be set when AppArmor type is Localhost"));
                }
            }
            case "" -> report(context, ApiError.required(type.isPresent() ? type : profile, profile.path().child("type"),
                    "type is required when appArmorProfile is set"));
            default -> report(context, ApiError.unsupported(type, ApiError.quote(typeText), PROFILE_TYPES));
        }
    }

    /** validateWindowsSecurityContextOptions. */
    private static void windowsOptions(Node options, RuleContext context) {
        if (!options.isMap()) {
            return;
        }
        Node specName = options.get("gmsaCredentialSpecName");
        specName.asString().ifPresent(name -> KubeValidation.dns1123Subdomain(name).forEach(message ->
                report(context, ApiError.invalid(specName, ApiError.quote(name), message))));
        Node credentialSpec = options.get("gmsaCredentialSpec");
        credentialSpec.asString().ifPresent(spec -> {
            if (spec.isEmpty()) {
                report(context, ApiError.invalid(credentialSpec, "\"\"", "gmsaCredentialSpec cannot be an empty string"));
            } else if (spec.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64 * 1024) {
                report(context, ApiError.invalid(credentialSpec, ApiError.quote(spec),
                        "gmsaCredentialSpec size must be under 64 KiB"));
            }
        });
        Node userName = options.get("runAsUserName");
        userName.asString().ifPresent(name -> runAsUserNameErrors(name).forEach(message ->
                report(context, ApiError.invalid(userName, ApiError.quote(name), message))));
    }

    static List<String> runAsUserNameErrors(String name) {
        if (name.isEmpty()) {
            return List.of("runAsUserName cannot be an empty string");
        }
        if (CONTROL.matcher(name).find()) {
            return List.of("runAsUserName cannot contain control characters");
        }
        String[] parts = name.split("\\\\", -1);
        if (parts.length > 2) {
            return List.of("runAsUserName cannot contain more than one backslash");
        }
        String domain = parts.length == 2 ? parts[0] : "";
        String user = parts.length == 2 ? parts[1] : parts[0];
        List<String> errors = new java.util.ArrayList<>();
        if (domain.length() >= 256) {
            errors.add("runAsUserName's Domain length must be under 256 characters");
        }
        if (parts.length == 2 && !NETBIOS_DOMAIN.matcher(domain).matches() && !DNS_DOMAIN.matcher(domain).matches()) {
            errors.add("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
        }
        if (user.isEmpty()) {
            errors.add("runAsUserName's User cannot be empty");
        } else if (user.length() > 104) {
            errors.add("runAsUserName's User length must not be longer than 104 characters");
        }
        if (DOTS_AND_SPACES.matcher(user).matches()) {
            errors.add("runAsUserName's User cannot contain only periods or spaces");
        }
        if (BAD_USER_CHARS.matcher(user).find()) {
            errors.add("runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]");
        }
        return errors;
    }

    /** validateHostUsers: a pod in its own user namespace may not share the host's other namespaces. */
    private static void hostUsersConflicts(Node spec, boolean hostUsers, RuleContext context) {
        if (hostUsers) {
            return;
        }
        // sic: upstream prints HostPID and HostIPC with capitals
        for (String[] field : List.of(new String[] {"hostNetwork", "hostNetwork"}, new String[] {"hostPID", "HostPID"},
                new String[] {"hostIPC", "HostIPC"})) {
            Node value = spec.get(field[0]);
            if (value.asBoolean().orElse(false)) {
                report(context, ApiError.forbidden(value, spec.path().child(field[1]), "when `pod.Spec.HostUsers` is false"));
            }
        }
    }
}
