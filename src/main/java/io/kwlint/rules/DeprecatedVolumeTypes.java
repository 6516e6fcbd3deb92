package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API server's warnings for volume types that are deprecated or no longer work. */
@RuleId("deprecated-volume-types")
final class DeprecatedVolumeTypes implements ObjectRule {

    private static final Map<String, String> DEPRECATED = new LinkedHashMap<>();

    static {
        DEPRECATED.put("gitRepo", "deprecated in v1.11; clone the repository in an init container into an emptyDir");
        DEPRECATED.put("photonPersistentDisk", "deprecated in v1.11, non-functional in v1.16+");
        DEPRECATED.put("scaleIO", "deprecated in v1.16, non-functional in v1.22+");
        DEPRECATED.put("flocker", "deprecated in v1.22, non-functional in v1.25+");
        DEPRECATED.put("storageos", "deprecated in v1.22, non-functional in v1.25+");
        DEPRECATED.put("quobyte", "deprecated in v1.22, non-functional in v1.25+");
        DEPRECATED.put("glusterfs", "deprecated in v1.25, non-functional in v1.26+");
        DEPRECATED.put("cephfs", "deprecated in v1.28, non-functional in v1.31+");
        DEPRECATED.put("rbd", "deprecated in v1.28, non-functional in v1.31+");
    }


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Node volume : object.podSpec().get("volumes").items()) {
            DEPRECATED.forEach((type, status) -> {
                Node source = volume.get(type);
                if (source.isPresent()) {
                    context.report(source, "deprecated", type, status);
                }
            });
        }
    }
}
