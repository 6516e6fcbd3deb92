package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.VolumeTypes;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.DownwardApi;
import io.kwlint.value.KubeValidation;
import io.kwlint.value.LocalPaths;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of each volume's source, as {@code validateVolumeSource} checks them: required
 * fields, file modes, item paths, downward API selectors, projected sources, and the rest. Only
 * the first source of a volume is checked, as upstream does (a second one is the volumes rule's
 * finding). Error paths are upstream's, odd ones included (a GCE disk is printed as
 * {@code persistentDisk}, a downward API file without its item index).
 */
@RuleId("volume-sources")
final class VolumeSources implements ObjectRule {

    /** Fields that are required (non-empty) for each source, where that is all upstream checks. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("glusterfs", List.of("endpoints", "path")),
            Map.entry("persistentVolumeClaim", List.of("claimName")),
            Map.entry("azureFile", List.of("secretName", "shareName")),
            Map.entry("vsphereVolume", List.of("volumePath")),
            Map.entry("photonPersistentDisk", List.of("pdID")),
            Map.entry("portworxVolume", List.of("volumeID")),
            Map.entry("scaleIO", List.of("gateway", "system", "volumeName")),
            Map.entry("flexVolume", List.of("driver")),
            Map.entry("cinder", List.of("volumeID")),
            Map.entry("rbd", List.of("image")));

    private static final List<String> HOST_PATH_TYPES = List.of("", "BlockDevice", "CharDevice", "Directory",
            "DirectoryOrCreate", "File", "FileOrCreate", "Socket");
    private static final List<String> CACHING_MODES = List.of("None", "ReadOnly", "ReadWrite");
    private static final List<String> DISK_KINDS = List.of("Dedicated", "Managed", "Shared");
    private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
    private static final String FILE_MODE_ERROR = "must be a number between 0 and 0777 (octal), both inclusive";
    private static final String PARTITION_ERROR = "must be between 1 and 255, inclusive"; // sic: 0 passes
    private static final Pattern IQN = Pattern.compile("iqn\\.\\d{4}-\\d{2}\\.([\\p{Alnum}-.]+)(:[^,;*&$|\\s]+)$");
    private static final Pattern EUI = Pattern.compile("^eui.\\p{Alnum}{16}$");
    private static final Pattern NAA = Pattern.compile("^naa.\\p{Alnum}{32}$");

    @Override
    public void check(KubeObject object, RuleContext context) {
        List<Node> volumes = object.podSpec().get("volumes").items();
        Set<String> ephemeralClaims = ephemeralClaimNames(object, volumes);
        for (Node volume : volumes) {
            VolumeTypes.NAMES.stream().filter(type -> volume.get(type).isPresent()).findFirst()
                    .ifPresent(type -> new Source(volume, type, object, context).check(ephemeralClaims));
        }
    }

    /** The claims a Pod's ephemeral volumes create, {@code <pod>-<volume>}: only a Pod's name is known. */
    private static Set<String> ephemeralClaimNames(KubeObject object, List<Node> volumes) {
        Set<String> names = new HashSet<>();
        String pod = object.is(Kind.POD) ? object.name() : null;
        if (pod != null && !pod.isEmpty()) {
            for (Node volume : volumes) {
                if (volume.get("ephemeral").isPresent()) {
                    volume.get("name").asString().ifPresent(name -> names.add(pod + "-" + name));
                }
            }
        }
        return names;
    }

    /** One volume's source under check, with upstream's path for it. */
    private static final class Source {
        private final Node volume;
        private final String type;
        private final Node source;
        private final FieldPath path;
        private final KubeObject object;
        private final RuleContext context;

        Source(Node volume, String type, KubeObject object, RuleContext context) {
            this.volume = volume;
            this.type = type;
            this.source = volume.get(type);
            this.path = volume.path().child(type.equals("gcePersistentDisk") ? "persistentDisk" : type);
            this.object = object;
            this.context = context;
        }

        void check(Set<String> ephemeralClaims) {
            REQUIRED.getOrDefault(type, List.of()).forEach(field -> require(source, field, path));
            switch (type) {
                case "emptyDir" -> emptyDir();
                case "hostPath" -> hostPath();
                case "gitRepo" -> {
                    require(source, "repository", path);
                    localDescendingPath(source.get("directory"), path.child("directory"));
                }
                case "gcePersistentDisk" -> disk("pdName");
                case "awsElasticBlockStore" -> disk("volumeID");
                case "secret" -> keyProjection("secretName", source, path);
                case "configMap" -> keyProjection("name", source, path);
                case "nfs" -> nfs();
                case "iscsi" -> iscsi();
                case "flocker" -> flocker();
                case "persistentVolumeClaim" -> source.get("claimName").asString().filter(ephemeralClaims::contains)
                        .ifPresent(claim -> report(ApiError.invalid(source.get("claimName"), path.child("claimName"),
                                ApiError.quote(claim), "must not reference a PVC that gets created for an ephemeral volume")));
                case "rbd" -> requireList("monitors");
                case "cinder", "storageos" -> secretRefName();
                case "cephfs" -> requireList("monitors");
                case "quobyte" -> quobyte();
                case "downwardAPI" -> downwardApi();
                case "fc" -> fibreChannel();
                case "flexVolume" -> flexOptions();
                case "azureDisk" -> azureDisk();
                case "projected" -> projected();
                case "csi" -> csi();
                case "ephemeral" -> ephemeral();
                case "image" -> image();
                default -> {
                    // the remaining sources are checked by REQUIRED alone
                }
            }
            if (type.equals("storageos")) {
                storageOs();
            }
        }

        private void report(ApiError error) {
            context.report(error, "invalid");
        }

        /** Upstream's {@code len(x) == 0}: a missing, null or empty string. */
        private void require(Node parent, String field, FieldPath parentPath) {
            Node value = parent.get(field);
            if (value.isPresent() && value.asString().isEmpty()) {
                return; // not a string: the schema check reports the type
            }
            if (value.asString().orElse("").isEmpty()) {
                report(ApiError.required(value.isPresent() ? value : parent, parentPath.child(field), ""));
            }
        }

        private void requireList(String field) {
            Node list = source.get(field);
            if (list.items().isEmpty() && !(list.isPresent() && !list.isSeq())) {
                report(ApiError.required(list.isPresent() ? list : source, path.child(field), ""));
            }
        }

        private void emptyDir() {
            Node sizeLimit = source.get("sizeLimit");
            if (Quantity.of(sizeLimit).filter(Quantity::isNegative).isPresent()) {
                report(ApiError.forbidden(sizeLimit, path.child("sizeLimit"), "SizeLimit field must be a valid resource quantity"));
            }
        }

        private void hostPath() {
            Node hostPathValue = source.get("path");
            if (hostPathValue.asString().orElse("").isEmpty()) {
                require(source, "path", path);
                return;
            }
            noBacksteps(hostPathValue, path.child("path"));
            Node hostPathType = source.get("type");
            hostPathType.asString().filter(t -> !HOST_PATH_TYPES.contains(t)).ifPresent(t ->
                    report(ApiError.unsupported(hostPathType, path.child("type"), ApiError.quote(t), HOST_PATH_TYPES)));
        }

        private void disk(String idField) {
            require(source, idField, path);
            range(source.get("partition"), path.child("partition"), 0, 255, PARTITION_ERROR);
        }

        private void range(Node value, FieldPath at, long min, long max, String message) {
            value.asLong().ifPresent(v -> {
                if (v < min || v > max) {
                    report(ApiError.invalid(value, at, Long.toString(v), message));
                }
            });
        }

        private void fileMode(Node mode, FieldPath at) {
            range(mode, at, 0, 0777, FILE_MODE_ERROR);
        }

        /** A secret or configMap volume: its name, default mode and items. */
        private void keyProjection(String nameField, Node from, FieldPath fromPath) {
            require(from, nameField, fromPath);
            fileMode(from.get("defaultMode"), fromPath.child("defaultMode"));
            List<Node> items = from.get("items").items();
            for (int i = 0; i < items.size(); i++) {
                keyToPath(items.get(i), fromPath.child("items").index(i));
            }
        }

        private void keyToPath(Node item, FieldPath itemPath) {
            require(item, "key", itemPath);
            require(item, "path", itemPath);
            localNonReservedPath(item.get("path"), itemPath.child("path"));
            fileMode(item.get("mode"), itemPath.child("mode"));
        }

        private void localDescendingPath(Node value, FieldPath at) {
            value.asString().ifPresent(text -> LocalPaths.descendingErrors(text).forEach(message ->
                    report(ApiError.invalid(value, at, ApiError.quote(text), message))));
        }

        private void localNonReservedPath(Node value, FieldPath at) {
            value.asString().ifPresent(text -> LocalPaths.nonReservedErrors(text).forEach(message ->
                    report(ApiError.invalid(value, at, ApiError.quote(text), message))));
        }

        private void noBacksteps(Node value, FieldPath at) {
            value.asString().filter(LocalPaths::hasBacksteps).ifPresent(text ->
                    report(ApiError.invalid(value, at, ApiError.quote(text), "must not contain '..'")));
        }

        private void nfs() {
            require(source, "server", path);
            require(source, "path", path);
            Node exportPath = source.get("path");
            String text = exportPath.asString().orElse("");
            if (!text.startsWith("/") && (exportPath.asString().isPresent() || !exportPath.isPresent())) {
                report(ApiError.invalid(exportPath.isPresent() ? exportPath : source, path.child("path"),
                        ApiError.quote(text), "must be an absolute path"));
            }
        }

        private void iscsi() {
            require(source, "targetPortal", path);
            Node iqn = source.get("iqn");
            if (iqn.asString().orElse("").isEmpty()) {
                require(source, "iqn", path);
            } else {
                initiatorFormat(iqn, path.child("iqn"), "must be valid format starting with iqn, eui, or naa");
            }
            range(source.get("lun"), path.child("lun"), 0, 255, "must be between 0 and 255, inclusive");
            boolean chap = source.get("chapAuthDiscovery").asBoolean().orElse(false)
                    || source.get("chapAuthSession").asBoolean().orElse(false);
            if (chap && !source.get("secretRef").isPresent()) {
                report(ApiError.required(source, path.child("secretRef"), ""));
            }
            Node initiator = source.get("initiatorName");
            if (initiator.asString().isPresent()) {
                initiatorFormat(initiator, path.child("initiatorname"), "must be valid format starting with iqn, eui, or naa");
                String name = volume.get("name").asString().orElse("");
                if ((name + ":" + source.get("targetPortal").asString().orElse("")).length() > 64) {
                    report(ApiError.invalid(volume.get("name"), volume.path().child("name"), ApiError.quote(name),
                            "Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if"
                                    + " iscsi.initiatorName is specified."));
                }
            }
        }

        private void initiatorFormat(Node value, FieldPath at, String prefixMessage) {
            String text = value.asString().orElse("");
            boolean known = text.startsWith("iqn") || text.startsWith("eui") || text.startsWith("naa");
            if (!known) {
                report(ApiError.invalid(value, at, ApiError.quote(text), prefixMessage));
            } else if (text.startsWith("iqn") && !IQN.matcher(text).find()
                    || text.startsWith("eui") && !EUI.matcher(text).matches()
                    || text.startsWith("naa") && !NAA.matcher(text).matches()) {
                report(ApiError.invalid(value, at, ApiError.quote(text), "must be valid format"));
            }
        }

        private void flocker() {
            String name = source.get("datasetName").asString().orElse("");
            String uuid = source.get("datasetUUID").asString().orElse("");
            if (name.isEmpty() && uuid.isEmpty()) {
                report(ApiError.required(source, path, "one of datasetName and datasetUUID is required"));
            }
            if (!name.isEmpty() && !uuid.isEmpty()) {
                report(ApiError.invalid(source, path, "\"resource\"", "datasetName and datasetUUID can not be specified simultaneously"));
            }
            if (name.contains("/")) {
                report(ApiError.invalid(source.get("datasetName"), path.child("datasetName"), ApiError.quote(name),
                        "must not contain '/'"));
            }
        }

        private void secretRefName() {
            Node secretRef = source.get("secretRef");
            if (secretRef.isMap()) {
                require(secretRef, "name", path.child("secretRef"));
            }
        }

        private void storageOs() {
            Node volumeName = source.get("volumeName");
            if (volumeName.asString().orElse("").isEmpty()) {
                require(source, "volumeName", path);
            } else {
                dnsLabel(volumeName, path.child("volumeName"));
            }
            Node namespace = source.get("volumeNamespace");
            if (!namespace.asString().orElse("").isEmpty()) {
                dnsLabel(namespace, path.child("volumeNamespace"));
            }
        }

        private void dnsLabel(Node value, FieldPath at) {
            String text = value.asString().orElse("");
            KubeValidation.dns1123Label(text).forEach(message -> report(ApiError.invalid(value, at, ApiError.quote(text), message)));
        }

        private void quobyte() {
            Node registry = source.get("registry");
            String registryText = registry.asString().orElse("");
            String pairsMessage = "must be a host:port pair or multiple pairs separated by commas";
            if (registryText.isEmpty()) {
                report(ApiError.required(registry.isPresent() ? registry : source, path.child("registry"), pairsMessage));
            } else if (source.get("tenant").asString().orElse("").length() >= 65) {
                report(ApiError.required(source.get("tenant"), path.child("tenant"),
                        "must be a UUID and may not exceed a length of 64 characters"));
            } else {
                for (String pair : registryText.split(",", -1)) {
                    if (!LocalPaths.isHostPort(pair)) {
                        report(ApiError.invalid(registry, path.child("registry"), ApiError.quote(registryText), pairsMessage));
                    }
                }
            }
            require(source, "volume", path);
        }

        private void downwardApi() {
            fileMode(source.get("defaultMode"), path.child("defaultMode"));
            for (Node file : source.get("items").items()) {
                downwardApiFile(file, path);
            }
        }

        /** validateDownwardAPIVolumeFile: upstream prints the volume's path, without the item's index. */
        private void downwardApiFile(Node file, FieldPath printed) {
            require(file, "path", printed);
            localNonReservedPath(file.get("path"), printed.child("path"));
            Node fieldRef = file.get("fieldRef");
            Node resourceFieldRef = file.get("resourceFieldRef");
            if (fieldRef.isPresent()) {
                DownwardApi.fieldSelectorErrors(fieldRef, printed.child("fieldRef"), DownwardApi.VOLUME_FIELD_PATHS)
                        .forEach(this::report);
                if (resourceFieldRef.isPresent()) {
                    report(ApiError.invalid(file, printed, "\"resource\"",
                            "fieldRef and resourceFieldRef can not be specified simultaneously"));
                }
            } else if (resourceFieldRef.isPresent()) {
                DownwardApi.resourceSelectorErrors(resourceFieldRef, printed.child("resourceFieldRef"), true)
                        .forEach(this::report);
            } else {
                report(ApiError.required(file, printed, "one of fieldRef and resourceFieldRef is required"));
            }
            fileMode(file.get("mode"), printed.child("mode"));
        }

        private void fibreChannel() {
            List<Node> wwns = source.get("targetWWNs").items();
            List<Node> wwids = source.get("wwids").items();
            if (wwns.isEmpty() && wwids.isEmpty()) {
                report(ApiError.required(source, path.child("targetWWNs"), "must specify either targetWWNs or wwids, but not both"));
            }
            if (!wwns.isEmpty() && !wwids.isEmpty()) {
                report(ApiError.invalid(source.get("targetWWNs"), path.child("targetWWNs"), ApiError.render(source.get("targetWWNs")),
                        "targetWWNs and wwids can not be specified simultaneously"));
            }
            if (!wwns.isEmpty()) {
                Node lun = source.get("lun");
                if (!lun.isPresent()) {
                    report(ApiError.required(source, path.child("lun"), "lun is required if targetWWNs is specified"));
                } else {
                    range(lun, path.child("lun"), 0, 255, "must be between 0 and 255, inclusive");
                }
            }
        }

        private void flexOptions() {
            if (!(source.get("options") instanceof MapNode options)) {
                return;
            }
            for (MapNode.Entry option : options.entries()) {
                String key = option.name();
                int slash = key.indexOf('/');
                String namespace = "." + (slash >= 0 ? key.substring(0, slash) : key).toLowerCase(Locale.ROOT);
                if (namespace.endsWith(".kubernetes.io") || namespace.endsWith(".k8s.io")) {
                    report(ApiError.invalid(option.keyNode(), path.child("options").key(key), ApiError.quote(key),
                            "kubernetes.io and k8s.io namespaces are reserved"));
                }
            }
        }

        private void azureDisk() {
            require(source, "diskName", path);
            require(source, "diskURI", path);
            Node caching = source.get("cachingMode");
            caching.asString().filter(mode -> !CACHING_MODES.contains(mode)).ifPresent(mode ->
                    report(ApiError.unsupported(caching, path.child("cachingMode"), ApiError.quote(mode), CACHING_MODES)));
            Node kind = source.get("kind");
            kind.asString().filter(k -> !DISK_KINDS.contains(k)).ifPresent(k ->
                    report(ApiError.unsupported(kind, path.child("kind"), ApiError.quote(k), DISK_KINDS)));
            Node uri = source.get("diskURI");
            String uriText = uri.asString().orElse("");
            kind.asString().ifPresent(k -> {
                boolean managed = k.equals("Managed");
                if (managed && !uriText.startsWith("/subscriptions/")) {
                    report(ApiError.unsupported(uri.isPresent() ? uri : source, path.child("diskURI"), ApiError.quote(uriText),
                            List.of("/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}")));
                } else if (!managed && !uriText.startsWith("https://")) {
                    report(ApiError.unsupported(uri.isPresent() ? uri : source, path.child("diskURI"), ApiError.quote(uriText),
                            List.of("https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd")));
                }
            });
        }

        private void projected() {
            fileMode(source.get("defaultMode"), path.child("defaultMode"));
            Set<String> paths = new HashSet<>();
            List<Node> sources = source.get("sources").items();
            for (int i = 0; i < sources.size(); i++) {
                projection(sources.get(i), path.child("sources").index(i), paths);
            }
        }

        private void projection(Node projection, FieldPath at, Set<String> paths) {
            int kinds = 0;
            for (String kind : List.of("secret", "configMap")) {
                Node from = projection.get(kind);
                if (from.isPresent()) {
                    kinds++;
                    require(from, "name", at.child(kind));
                    List<Node> items = from.get("items").items();
                    for (int j = 0; j < items.size(); j++) {
                        keyToPath(items.get(j), at.child(kind).child("items").index(j));
                        duplicatePath(items.get(j).get("path"), from.get("name"), paths);
                    }
                }
            }
            Node downward = projection.get("downwardAPI");
            if (downward.isPresent()) {
                kinds++;
                for (Node file : downward.get("items").items()) {
                    downwardApiFile(file, at.child("downwardAPI"));
                    duplicatePath(file.get("path"), file.get("path"), paths);
                }
            }
            Node token = projection.get("serviceAccountToken");
            if (token.isPresent()) {
                kinds++;
                serviceAccountToken(token, at.child("serviceAccountToken"));
            }
            Node bundle = projection.get("clusterTrustBundle");
            if (bundle.isPresent()) {
                kinds++;
                clusterTrustBundle(bundle, at.child("clusterTrustBundle"), paths);
            }
            if (projection.get("podCertificate").isPresent()) {
                kinds++;
            }
            if (kinds > 1) {
                report(ApiError.forbidden(projection, at, "may not specify more than 1 volume type per source"));
            }
        }

        /** Upstream reports a repeated path at the projected volume, quoting the source's name (or the path). */
        private void duplicatePath(Node itemPath, Node quoted, Set<String> paths) {
            itemPath.asString().filter(p -> !p.isEmpty()).filter(p -> !paths.add(p)).ifPresent(p ->
                    report(ApiError.invalid(itemPath, path, ApiError.quote(quoted.asString().orElse("")),
                            "conflicting duplicate paths")));
        }

        private void serviceAccountToken(Node token, FieldPath at) {
            Node expiration = token.get("expirationSeconds");
            expiration.asLong().ifPresent(seconds -> {
                if (seconds < 600) {
                    report(ApiError.invalid(expiration, at.child("expirationSeconds"), Long.toString(seconds),
                            "may not specify a duration less than 10 minutes"));
                }
                if (seconds > 1L << 32) {
                    report(ApiError.invalid(expiration, at.child("expirationSeconds"), Long.toString(seconds),
                            "may not specify a duration larger than 2^32 seconds"));
                }
            });
            Node tokenPath = token.get("path");
            // Upstream prints the projected volume's path here, not the source's.
            if (tokenPath.asString().orElse("").isEmpty()) {
                require(token, "path", path);
            } else {
                localNonReservedPath(tokenPath, path.child("path"));
            }
        }

        private void clusterTrustBundle(Node bundle, FieldPath at, Set<String> paths) {
            Node name = bundle.get("name");
            Node signerName = bundle.get("signerName");
            if (name.isPresent() && signerName.isPresent()) {
                report(ApiError.invalid(bundle, at, ApiError.render(bundle), "only one of name and signerName may be used"));
            } else if (name.isPresent()) {
                if (name.asString().orElse("").isEmpty()) {
                    report(ApiError.required(name, at.child("name"), "must be a valid object name"));
                }
                if (bundle.get("labelSelector").isPresent()) {
                    report(ApiError.invalid(bundle.get("labelSelector"), at.child("labelSelector"),
                            ApiError.render(bundle.get("labelSelector")), "labelSelector must be unset if name is specified"));
                }
            } else if (signerName.isPresent()) {
                if (signerName.asString().orElse("").isEmpty()) {
                    report(ApiError.required(signerName, at.child("signerName"), "must be a valid signer name"));
                }
            } else {
                report(ApiError.required(bundle, at, "either name or signerName must be specified"));
            }
            require(bundle, "path", at);
            localNonReservedPath(bundle.get("path"), at.child("path"));
            duplicatePath(bundle.get("path"), bundle.get("path"), paths);
        }

        private void csi() {
            Node driver = source.get("driver");
            String name = driver.asString().orElse("");
            FieldPath driverPath = path.child("driver");
            Node at = driver.isPresent() ? driver : source;
            if (name.isEmpty()) {
                report(ApiError.required(at, driverPath, ""));
            }
            if (name.length() > 63) {
                report(new ApiError(at, driverPath, ApiError.Type.TOO_LONG, null, "may not be more than 63 bytes"));
            }
            KubeValidation.dns1123Subdomain(name.toLowerCase(Locale.ROOT)).forEach(message ->
                    report(ApiError.invalid(at, driverPath, ApiError.quote(name), message)));
            Node secretRef = source.get("nodePublishSecretRef");
            if (secretRef.isMap()) {
                Node secretName = secretRef.get("name");
                String secret = secretName.asString().orElse("");
                if (secret.isEmpty()) {
                    require(secretRef, "name", path.child("nodePublishSecretRef"));
                } else {
                    // sic: upstream prints csi.name for the secret's name
                    KubeValidation.dns1123Subdomain(secret).forEach(message ->
                            report(ApiError.invalid(secretName, path.child("name"), ApiError.quote(secret), message)));
                }
            }
        }

        private void ephemeral() {
            Node template = source.get("volumeClaimTemplate");
            if (!template.isPresent()) {
                report(ApiError.required(source, path.child("volumeClaimTemplate"), ""));
                return;
            }
            FieldPath templatePath = path.child("volumeClaimTemplate");
            if (template.get("metadata") instanceof MapNode metadata) {
                for (MapNode.Entry field : metadata.entries()) {
                    if (!field.name().equals("labels") && !field.name().equals("annotations") && field.value().isPresent()) {
                        report(ApiError.forbidden(field.value(), templatePath.child("metadata").child(field.name()), "cannot be set"));
                    }
                }
            }
            claimSpec(template.get("spec"), templatePath.child("spec"));
            String pod = object.is(Kind.POD) ? object.name() : null;
            String volumeName = volume.get("name").asString().orElse("");
            if (pod != null && !pod.isEmpty() && !volumeName.isEmpty()) {
                String claim = pod + "-" + volumeName;
                KubeValidation.dns1123Subdomain(claim).forEach(message -> report(ApiError.invalid(volume.get("name"),
                        volume.path().child("name"), ApiError.quote(volumeName), "PVC name " + ApiError.quote(claim) + ": " + message)));
            }
        }

        /** The parts of ValidatePersistentVolumeClaimSpec a claim template is most often wrong in. */
        private void claimSpec(Node spec, FieldPath at) {
            Node modes = spec.get("accessModes");
            List<String> supported = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
            if (modes.items().isEmpty()) {
                report(ApiError.required(modes.isPresent() ? modes : spec, at.child("accessModes"), "at least 1 access mode is required"));
            }
            boolean oncePod = false;
            boolean other = false;
            for (Node mode : modes.items()) {
                String text = mode.asString().orElse("");
                if (!supported.contains(text)) {
                    report(ApiError.unsupported(mode, at.child("accessModes"), ApiError.render(mode), supported));
                } else if (text.equals("ReadWriteOncePod")) {
                    oncePod = true;
                } else {
                    other = true;
                }
            }
            if (oncePod && other) {
                report(ApiError.forbidden(modes, at.child("accessModes"), "may not use ReadWriteOncePod with other access modes"));
            }
            Node storage = spec.at("resources.requests.storage");
            FieldPath storagePath = at.child("resources").key("storage");
            if (!storage.isPresent()) {
                report(ApiError.required(spec, storagePath, ""));
            } else {
                Quantity.of(storage).filter(q -> q.compareTo(Quantity.ZERO) <= 0).ifPresent(q ->
                        report(ApiError.invalid(storage, storagePath, ApiError.quote(q.toString()), "must be greater than zero")));
            }
            Node volumeMode = spec.get("volumeMode");
            volumeMode.asString().filter(m -> !m.equals("Block") && !m.equals("Filesystem")).ifPresent(m ->
                    report(ApiError.unsupported(volumeMode, at.child("volumeMode"), ApiError.quote(m), List.of("Block", "Filesystem"))));
        }

        private void image() {
            if (object.is(Kind.POD)) {
                require(source, "reference", path);
            }
            Node pullPolicy = source.get("pullPolicy");
            pullPolicy.asString().filter(p -> !PULL_POLICIES.contains(p)).ifPresent(p -> {
                if (p.isEmpty()) {
                    report(ApiError.required(pullPolicy, path.child("pullPolicy"), ""));
                } else {
                    report(ApiError.unsupported(pullPolicy, path.child("pullPolicy"), ApiError.quote(p), PULL_POLICIES));
                }
            });
        }
    }
}
