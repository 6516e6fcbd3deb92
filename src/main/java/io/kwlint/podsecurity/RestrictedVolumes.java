package io.kwlint.podsecurity;

import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Restricted: only volume types that need no node or network access (configMap, secret, PVC...). */
final class RestrictedVolumes extends Control {

    private static final Set<String> ALLOWED = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image",
            "persistentVolumeClaim", "projected", "secret");
    /** The types upstream names, in the order it tests them; anything else is "unknown". */
    private static final List<String> NAMED = List.of("hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo",
            "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile",
            "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos");

    RestrictedVolumes() {
        super("restrictedVolumes", Level.RESTRICTED, 0);
    }

    @Override
    Set<String> overrides(int minor) {
        return Set.of(HostPathVolumes.ID);
    }

    @Override
    Optional<Violation> check(Pod pod, int minor) {
        List<String> bad = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        Node first = null;
        for (Node volume : pod.spec().get("volumes").items()) {
            if (ALLOWED.stream().anyMatch(type -> volume.get(type).isPresent())) {
                continue;
            }
            bad.add(Pod.name(volume));
            String type = NAMED.stream().filter(t -> volume.get(t).isPresent()).findFirst().orElse("unknown");
            types.add(type);
            Node at = volume.get(type);
            first = first == null ? (at.isPresent() ? at : Pod.anchor(volume)) : first;
        }
        return bad.isEmpty() ? Optional.empty() : violation("restricted volume types",
                Words.plural("volume", "volumes", bad.size()) + " " + Words.joinQuote(bad) + " "
                        + Words.plural("uses", "use", bad.size()) + " "
                        + Words.plural("restricted volume type", "restricted volume types", types.size()) + " "
                        + Words.joinQuote(types), first);
    }
}
