package io.kwlint.rules;

import io.kwlint.model.Feature;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.OptionalInt;

/**
 * Object names (and namespaces) the API server or the controllers refuse: each kind's name
 * syntax, and the lengths that break the names and labels controllers derive from it.
 */
@RuleId("object-name")
final class ObjectName implements ObjectRule {

    /** StatefulSet names are DNS labels since 1.27 (kubernetes#114172); before, pods failed instead. */
    private static final int STATEFULSET_LABEL_NAMES_SINCE = 27;
    /** A CronJob's Jobs are named {@code <name>-<11 characters>} and must fit a label value. */
    private static final int CRONJOB_NAME_MAX = 52;
    /** A StatefulSet's pods get {@code controller-revision-hash: <name>-<hash of up to 10>}. */
    private static final int STATEFULSET_NAME_MAX = 52;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node metadata = object.metadata();
        Node name = metadata.get("name");
        Node generateName = metadata.get("generateName");
        boolean hasName = name.asString().filter(n -> !n.isEmpty()).isPresent();
        if (!hasName && !generateName.asString().filter(n -> !n.isEmpty()).isPresent()) {
            context.report(name, "required");
        }
        if (hasName) {
            checkName(object, name, name.asString().orElseThrow(), context);
        }
        Node namespace = metadata.get("namespace");
        namespace.asString().filter(ns -> !ns.isEmpty()).ifPresent(ns -> {
            for (String message : KubeValidation.dns1123Label(ns)) {
                context.report(ApiError.invalid(namespace, ApiError.quote(ns), message), "invalid");
            }
        });
    }

    private void checkName(KubeObject object, Node node, String name, RuleContext context) {
        Kind kind = object.kind().orElseThrow();
        List<String> errors = switch (kind) {
            case STATEFUL_SET -> KubeValidation.dns1123Label(name);
            case SERVICE -> context.enabled(Feature.RELAXED_SERVICE_NAME_VALIDATION)
                    ? KubeValidation.dns1123Label(name) : KubeValidation.dns1035Label(name);
            default -> KubeValidation.dns1123Subdomain(name);
        };
        boolean controllerOnly = kind == Kind.STATEFUL_SET && context.kubeVersion().before(STATEFULSET_LABEL_NAMES_SINCE);
        for (String message : errors) {
            ApiError error = ApiError.invalid(node, ApiError.quote(name), message);
            context.report(error, controllerOnly ? "statefulset-pods-fail" : "invalid");
        }
        if (!errors.isEmpty()) {
            return;
        }
        switch (kind) {
            case CRON_JOB -> {
                if (name.length() > CRONJOB_NAME_MAX) {
                    context.report(node, "cronjob-too-long", name.length());
                }
            }
            case STATEFUL_SET -> {
                if (name.length() > STATEFULSET_NAME_MAX) {
                    context.report(node, "statefulset-too-long", name.length());
                }
            }
            case JOB -> checkJobName(object, node, name, context);
            default -> {
            }
        }
    }

    /** The server labels a Job's pods with its name, and an Indexed Job's pods get {@code <name>-<index>} hostnames. */
    private static void checkJobName(KubeObject object, Node node, String name, RuleContext context) {
        Node spec = object.spec();
        if (!spec.get("manualSelector").asBoolean().orElse(false) && name.length() > KubeValidation.LABEL_VALUE_MAX) {
            FieldPath labels = FieldPath.of("spec.template.metadata.labels");
            context.finding(node, "job-too-long", name.length()).path(labels).report();
            return;
        }
        OptionalInt completions = spec.get("completions").asInt32();
        if (spec.get("completionMode").is("Indexed") && completions.isPresent() && completions.getAsInt() > 0) {
            String lastPod = name + "-" + (completions.getAsInt() - 1);
            if (!KubeValidation.dns1123Label(lastPod).isEmpty()) {
                context.report(node, "indexed-job", lastPod);
            }
        }
    }
}
