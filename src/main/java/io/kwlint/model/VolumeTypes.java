package io.kwlint.model;

import java.util.List;

/** The fields of core/v1 {@code VolumeSource}: the kinds of volume a pod can have, in upstream's order. */
public final class VolumeTypes {

    /**
     * In the order {@code validateVolumeSource} checks them, which decides which of two written
     * sources the API server calls the extra one.
     */
    public static final List<String> NAMES = List.of("emptyDir", "hostPath", "gitRepo", "gcePersistentDisk",
            "awsElasticBlockStore", "secret", "nfs", "iscsi", "glusterfs", "flocker", "persistentVolumeClaim", "rbd",
            "cinder", "cephfs", "quobyte", "downwardAPI", "fc", "flexVolume", "configMap", "azureFile", "vsphereVolume",
            "photonPersistentDisk", "portworxVolume", "azureDisk", "storageos", "projected", "scaleIO", "csi",
            "ephemeral", "image");

    private VolumeTypes() {
    }
}
