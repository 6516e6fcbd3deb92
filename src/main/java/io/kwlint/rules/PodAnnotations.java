package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.LocalPaths;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * The pod annotations the API server parses (ValidatePodSpecificAnnotations): the deletion cost,
 * and the legacy seccomp and AppArmor annotations. A template's annotations are printed as
 * {@code spec.template.annotations}, as ValidatePodTemplateSpec does.
 */
@RuleId("pod-annotations")
final class PodAnnotations implements ObjectRule {

    private static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
    private static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String SECCOMP_CONTAINER_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
    private static final String APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

    @Override
    public void check(KubeObject object, RuleContext context) {
        boolean pod = object.is(Kind.POD);
        Node annotations = pod ? object.metadata().get("annotations") : object.podTemplate().at("metadata.annotations");
        if (!(annotations instanceof MapNode map)) {
            return;
        }
        FieldPath path = pod ? FieldPath.of("metadata.annotations") : object.podTemplate().path().child("annotations");
        Set<String> containers = new HashSet<>();
        for (String list : java.util.List.of("initContainers", "containers", "ephemeralContainers")) {
            object.podSpec().get(list).items().forEach(c -> c.get("name").asString().ifPresent(containers::add));
        }
        for (MapNode.Entry entry : map.entries()) {
            String key = entry.name();
            Node value = entry.value();
            String text = value.asString().orElse(null);
            if (text == null) {
                continue; // not a string: labels-invalid reports annotation types
            }
            if (key.equals(DELETION_COST) && !isInt32(text)) {
                report(context, ApiError.invalid(value, path.key(key), ApiError.quote(text), "must be a 32bit integer"));
            }
            if (key.equals(SECCOMP_POD) || key.startsWith(SECCOMP_CONTAINER_PREFIX)) {
                // sic: upstream prints these as a child path, annotations.<key>
                seccompErrors(text).forEach(message ->
                        report(context, ApiError.invalid(value, path.child(key), ApiError.quote(text), message)));
            }
            if (key.startsWith(APPARMOR_PREFIX)) {
                String container = key.substring(APPARMOR_PREFIX.length());
                if (!containers.contains(container)) {
                    report(context, ApiError.invalid(entry.keyNode() != null ? entry.keyNode() : value, path.key(key),
                            ApiError.quote(container), "container not found"));
                }
                if (!isAppArmorProfile(text)) {
                    report(context, ApiError.invalid(value, path.key(key), ApiError.quote(text),
                            "invalid AppArmor profile name: " + ApiError.quote(text)));
                }
            }
        }
    }

    private static void report(RuleContext context, ApiError error) {
        context.report(error, "invalid");
    }

    /** GetDeletionCostFromPodAnnotations: a decimal int32 without a plus sign or leading zeros. */
    static boolean isInt32(String text) {
        boolean validFirst = !text.isEmpty() && (text.charAt(0) == '-' || text.equals("0")
                || text.charAt(0) >= '1' && text.charAt(0) <= '9');
        if (!validFirst) {
            return false;
        }
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** ValidateSeccompProfile. */
    static java.util.List<String> seccompErrors(String profile) {
        if (profile.equals("runtime/default") || profile.equals("docker/default") || profile.equals("unconfined")) {
            return java.util.List.of();
        }
        if (profile.startsWith("localhost/")) {
            return LocalPaths.descendingErrors(profile.substring("localhost/".length()));
        }
        return java.util.List.of("must be a valid seccomp profile");
    }

    /** ValidateAppArmorProfileFormat. */
    static boolean isAppArmorProfile(String profile) {
        return profile.isEmpty() || profile.equals("runtime/default") || profile.equals("unconfined")
                || profile.startsWith("localhost/");
    }
}
