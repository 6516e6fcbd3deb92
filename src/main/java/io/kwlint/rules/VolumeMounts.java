package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.LocalPaths;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Volume mounts and devices as ValidateVolumeMounts and ValidateVolumeDevices check them: each
 * names a volume of the pod (or a StatefulSet claim template), with a unique path, a subPath that
 * stays inside the volume, a propagation the container may use; devices only for claims.
 * Upstream prints the subPath, subPathExpr, mountPropagation and recursiveReadOnly errors at the
 * volumeMounts list, without the mount's index; so does kwlint.
 */
@RuleId("volume-mounts")
final class VolumeMounts implements ObjectRule {

    private static final List<String> PROPAGATIONS = List.of("Bidirectional", "HostToContainer", "None");
    private static final List<String> RECURSIVE_READ_ONLY = List.of("Disabled", "Enabled", "IfPossible");

    /** Each volume's source kind by name: "claim" for PVCs, ephemeral volumes and claim templates. */
    private static Map<String, String> volumeKinds(KubeObject object) {
        Map<String, String> kinds = new HashMap<>();
        for (Node volume : object.podSpec().get("volumes").items()) {
            volume.get("name").asString().ifPresent(name -> kinds.put(name,
                    volume.get("persistentVolumeClaim").isPresent() || volume.get("ephemeral").isPresent() ? "claim"
                            : volume.get("image").isPresent() ? "image" : "other"));
        }
        if (object.is(Kind.STATEFUL_SET)) {
            object.spec().get("volumeClaimTemplates").items()
                    .forEach(c -> c.at("metadata.name").asString().ifPresent(name -> kinds.put(name, "claim")));
        }
        return kinds;
    }

    @Override
    public void check(KubeObject object, RuleContext context) {
        Map<String, String> volumes = volumeKinds(object);
        for (String list : List.of("initContainers", "containers")) {
            for (Node container : object.podSpec().get(list).items()) {
                Map<String, String> devices = pathsByName(container.get("volumeDevices"), "devicePath");
                Map<String, String> mounts = pathsByName(container.get("volumeMounts"), "mountPath");
                checkMounts(container, volumes, devices, context);
                checkDevices(container.get("volumeDevices"), volumes, mounts, context);
            }
        }
    }

    private static Map<String, String> pathsByName(Node list, String pathField) {
        Map<String, String> paths = new HashMap<>();
        for (Node item : list.items()) {
            paths.put(item.get("name").asString().orElse(""), item.get(pathField).asString().orElse(""));
        }
        return paths;
    }

    private static void checkMounts(Node container, Map<String, String> volumes, Map<String, String> devices,
            RuleContext context) {
        Node list = container.get("volumeMounts");
        boolean privileged = container.at("securityContext.privileged").asBoolean().orElse(false);
        Set<String> paths = new HashSet<>();
        for (Node mount : list.items()) {
            Node name = mount.get("name");
            Node path = mount.get("mountPath");
            if (name.isPresent() && name.asString().isEmpty() || path.isPresent() && path.asString().isEmpty()) {
                continue; // not a string: the schema check reports the type
            }
            String nameValue = name.asString().orElse("");
            String pathValue = path.asString().orElse("");
            Node nameAt = name.isPresent() ? name : mount;
            if (nameValue.isEmpty()) {
                context.report(ApiError.required(nameAt, mount.path().child("name"), ""), "invalid");
            }
            if (!volumes.containsKey(nameValue)) {
                context.report(new ApiError(nameAt, mount.path().child("name"), ApiError.Type.NOT_FOUND,
                        ApiError.quote(nameValue), null), "not-found");
            }
            Node pathAt = path.isPresent() ? path : mount;
            if (pathValue.isEmpty()) {
                context.report(ApiError.required(pathAt, mount.path().child("mountPath"), ""), "invalid");
            }
            if (!paths.add(pathValue)) {
                context.report(ApiError.invalid(pathAt, mount.path().child("mountPath"), ApiError.quote(pathValue),
                        "must be unique"), "invalid");
            }
            if (devices.containsKey(nameValue)) {
                context.report(ApiError.invalid(nameAt, mount.path().child("name"), ApiError.quote(nameValue),
                        "must not already exist in volumeDevices"), "invalid");
            }
            if (devices.containsValue(pathValue)) {
                context.report(ApiError.invalid(pathAt, mount.path().child("mountPath"), ApiError.quote(pathValue),
                        "must not already exist as a path in volumeDevices"), "invalid");
            }
            checkSubPaths(mount, list.path(), "image".equals(volumes.get(nameValue)), context);
            checkPropagation(mount, list.path(), privileged, context);
        }
    }

    private static void checkSubPaths(Node mount, FieldPath listPath, boolean imageVolume, RuleContext context) {
        Node subPath = mount.get("subPath");
        Node subPathExpr = mount.get("subPathExpr");
        String subPathValue = subPath.asString().orElse("");
        String exprValue = subPathExpr.asString().orElse("");
        if (imageVolume && !subPathValue.isEmpty()) {
            context.report(ApiError.invalid(subPath, ApiError.quote(subPathValue),
                    "not allowed in image volume sources"), "invalid");
        }
        if (imageVolume && !exprValue.isEmpty()) {
            context.report(ApiError.invalid(subPathExpr, ApiError.quote(exprValue),
                    "not allowed in image volume sources"), "invalid");
        }
        if (!subPathValue.isEmpty()) {
            LocalPaths.descendingErrors(subPathValue).forEach(message -> context.report(ApiError.invalid(subPath,
                    listPath.child("subPath"), ApiError.quote(subPathValue), message), "invalid"));
        }
        if (!exprValue.isEmpty()) {
            if (!subPathValue.isEmpty()) {
                context.report(ApiError.invalid(subPathExpr, ApiError.quote(exprValue),
                        "subPathExpr and subPath are mutually exclusive"), "invalid");
            }
            LocalPaths.descendingErrors(exprValue).forEach(message -> context.report(ApiError.invalid(subPathExpr,
                    listPath.child("subPathExpr"), ApiError.quote(exprValue), message), "invalid"));
        }
    }

    private static void checkPropagation(Node mount, FieldPath listPath, boolean privileged, RuleContext context) {
        Node propagation = mount.get("mountPropagation");
        FieldPath propagationPath = listPath.child("mountPropagation");
        propagation.asString().ifPresent(mode -> {
            if (!PROPAGATIONS.contains(mode)) {
                context.report(ApiError.unsupported(propagation, propagationPath, ApiError.quote(mode), PROPAGATIONS), "invalid");
            }
            if (mode.equals("Bidirectional") && !privileged) {
                context.report(ApiError.forbidden(propagation, propagationPath,
                        "Bidirectional mount propagation is available only to privileged containers"), "invalid");
            }
        });
        Node recursive = mount.get("recursiveReadOnly");
        FieldPath recursivePath = listPath.child("recursiveReadOnly");
        recursive.asString().ifPresent(mode -> {
            if (!RECURSIVE_READ_ONLY.contains(mode)) {
                context.report(ApiError.unsupported(recursive, recursivePath, ApiError.quote(mode), RECURSIVE_READ_ONLY), "invalid");
            } else if (!mode.equals("Disabled")) {
                if (!mount.get("readOnly").asBoolean().orElse(false)) {
                    context.report(ApiError.forbidden(recursive, recursivePath, "may only be specified when readOnly is true"),
                            "invalid");
                }
                if (propagation.asString().filter(p -> !p.equals("None")).isPresent()) {
                    context.report(ApiError.forbidden(recursive, recursivePath,
                            "may only be specified when mountPropagation is None or not specified"), "invalid");
                }
            }
        });
    }

    private static void checkDevices(Node list, Map<String, String> volumes, Map<String, String> mounts, RuleContext context) {
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Node device : list.items()) {
            Node name = device.get("name");
            Node path = device.get("devicePath");
            if (name.isPresent() && name.asString().isEmpty() || path.isPresent() && path.asString().isEmpty()) {
                continue;
            }
            String nameValue = name.asString().orElse("");
            String pathValue = path.asString().orElse("");
            FieldPath namePath = device.path().child("name");
            FieldPath devicePath = device.path().child("devicePath");
            Node nameAt = name.isPresent() ? name : device;
            Node pathAt = path.isPresent() ? path : device;
            if (nameValue.isEmpty()) {
                context.report(ApiError.required(nameAt, namePath, ""), "invalid");
            }
            if (names.contains(nameValue)) {
                context.report(ApiError.invalid(nameAt, namePath, ApiError.quote(nameValue), "must be unique"), "invalid");
            }
            String kind = volumes.get(nameValue);
            if (kind == null) {
                context.report(new ApiError(nameAt, namePath, ApiError.Type.NOT_FOUND, ApiError.quote(nameValue), null),
                        "not-found");
            } else if (!kind.equals("claim")) {
                context.report(ApiError.invalid(nameAt, namePath, ApiError.quote(nameValue),
                        "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"), "invalid");
            }
            if (pathValue.isEmpty()) {
                context.report(ApiError.required(pathAt, devicePath, ""), "invalid");
            }
            if (paths.contains(pathValue)) {
                context.report(ApiError.invalid(pathAt, devicePath, ApiError.quote(pathValue), "must be unique"), "invalid");
            }
            if (!pathValue.isEmpty() && LocalPaths.hasBacksteps(pathValue)) {
                context.report(ApiError.invalid(pathAt, devicePath, ApiError.quote(pathValue),
                        "can not contain backsteps ('..')"), "invalid");
            } else {
                paths.add(pathValue);
            }
            if (mounts.containsKey(nameValue)) {
                context.report(ApiError.invalid(nameAt, namePath, ApiError.quote(nameValue),
                        "must not already exist in volumeMounts"), "invalid");
            }
            if (mounts.containsValue(pathValue)) {
                context.report(ApiError.invalid(pathAt, devicePath, ApiError.quote(pathValue),
                        "must not already exist as a path in volumeMounts"), "invalid");
            }
            if (!nameValue.isEmpty()) {
                names.add(nameValue);
            }
        }
    }
}
