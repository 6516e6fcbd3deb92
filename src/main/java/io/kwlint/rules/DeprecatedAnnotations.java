package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;

/** The API server's warnings for annotations that fields have replaced. */
@RuleId("deprecated-annotations")
final class DeprecatedAnnotations implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podSpec = object.podSpec();
        if (object.podTemplate().at("metadata.annotations") instanceof MapNode annotations) {
            for (MapNode.Entry entry : annotations.entries()) {
                Node at = entry.keyNode() != null ? entry.keyNode() : entry.value();
                String key = entry.name();
                if (key.equals("scheduler.alpha.kubernetes.io/critical-pod")) {
                    context.report(at, "replaced", key, "non-functional in v1.16+", "priorityClassName");
                } else if (key.equals("security.alpha.kubernetes.io/sysctls")
                        || key.equals("security.alpha.kubernetes.io/unsafe-sysctls")) {
                    context.report(at, "replaced", key, "non-functional in v1.11+", "securityContext.sysctls");
                } else if (key.equals("seccomp.security.alpha.kubernetes.io/pod")
                        && !podSpec.at("securityContext.seccompProfile").isPresent()) {
                    context.report(at, "replaced", key, "non-functional in v1.27+", "securityContext.seccompProfile");
                } else if (key.startsWith("container.seccomp.security.alpha.kubernetes.io/")) {
                    context.report(at, "replaced", key, "non-functional in v1.27+", "securityContext.seccompProfile");
                } else if (key.startsWith("container.apparmor.security.beta.kubernetes.io/")) {
                    context.report(at, "replaced", key, "deprecated since v1.30", "securityContext.appArmorProfile");
                }
            }
        }
        if (object.is(Kind.STATEFUL_SET)) {
            for (Node claim : object.spec().get("volumeClaimTemplates").items()) {
                Node annotation = claim.at("metadata.annotations").get("volume.beta.kubernetes.io/storage-class");
                if (annotation.isPresent()) {
                    Node at = annotation.key().map(Node.class::cast).orElse(annotation);
                    context.report(at, "replaced", "volume.beta.kubernetes.io/storage-class", "deprecated since v1.8",
                            "spec.storageClassName");
                }
            }
        }
    }
}
