package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.DownwardApi;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.List;

/**
 * Where environment variables come from: {@code env[].valueFrom} (validateEnvVarValueFrom) and
 * {@code envFrom} (ValidateEnvFrom), with the API server's paths, including its odd ones.
 */
@RuleId("env-sources")
final class EnvSources implements ObjectRule {

    private static final List<String> VALUE_SOURCES = List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef");

    @Override
    public void check(KubeObject object, RuleContext context) {
        boolean relaxedNames = context.enabled(Feature.RELAXED_ENVIRONMENT_VARIABLE_VALIDATION);
        for (Node container : Container.nodesWithEphemeral(object.podSpec())) {
            for (Node env : container.get("env").items()) {
                checkValueFrom(env, context);
            }
            Node envFrom = container.get("envFrom");
            for (Node source : envFrom.items()) {
                checkEnvFrom(source, envFrom, relaxedNames, context);
            }
        }
    }

    private static void checkValueFrom(Node env, RuleContext context) {
        Node valueFrom = env.get("valueFrom");
        if (!valueFrom.isMap()) {
            return;
        }
        long sources = VALUE_SOURCES.stream().filter(s -> valueFrom.get(s).isPresent()).count();
        DownwardApi.fieldSelectorErrors(valueFrom.get("fieldRef"), DownwardApi.ENV_FIELD_PATHS)
                .forEach(error -> context.report(error, "invalid"));
        DownwardApi.resourceSelectorErrors(valueFrom.get("resourceFieldRef"), false)
                .forEach(error -> context.report(error, "invalid"));
        checkKeySelector(valueFrom.get("configMapKeyRef"), context);
        checkKeySelector(valueFrom.get("secretKeyRef"), context);
        if (sources == 0) {
            context.report(ApiError.invalid(valueFrom, "\"\"",
                    "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"), "invalid");
        } else if (sources > 1 && env.get("value").asString().orElse("").isEmpty()) {
            // With a value as well, env-var-names reports "may not be specified when `value` is not empty" instead.
            context.report(ApiError.invalid(valueFrom, "\"\"",
                    "may not have more than one field specified at a time"), "invalid");
        }
    }

    /** A ConfigMap or Secret key: the name a DNS subdomain (empty included), the key a config key. */
    private static void checkKeySelector(Node selector, RuleContext context) {
        if (!selector.isMap()) {
            return;
        }
        Node name = selector.get("name");
        if (!name.isPresent() || name.asString().isPresent()) {
            String value = name.asString().orElse("");
            for (String message : KubeValidation.dns1123Subdomain(value)) {
                context.report(ApiError.invalid(name.isPresent() ? name : selector, selector.path().child("name"),
                        ApiError.quote(value), message), "invalid");
            }
        }
        Node key = selector.get("key");
        String keyValue = key.asString().orElse("");
        if (key.isPresent() && key.asString().isEmpty()) {
            return; // not a string: the schema check reports the type
        }
        if (keyValue.isEmpty()) {
            context.report(ApiError.required(key.isPresent() ? key : selector, selector.path().child("key"), ""), "invalid");
        }
        for (String message : keyValue.isEmpty() ? List.<String>of() : KubeValidation.configMapKey(keyValue)) {
            context.report(ApiError.invalid(key, ApiError.quote(keyValue), message), "invalid");
        }
    }

    /** One envFrom entry; upstream reports a missing or second source at the envFrom list itself. */
    private static void checkEnvFrom(Node source, Node list, boolean relaxedNames, RuleContext context) {
        Node prefix = source.get("prefix");
        prefix.asString().filter(p -> !p.isEmpty()).ifPresent(p -> {
            for (String message : KubeValidation.envVarName(p, relaxedNames)) {
                context.report(ApiError.invalid(prefix, ApiError.quote(p), message), "invalid");
            }
        });
        long sources = 0;
        for (String kind : List.of("configMapRef", "secretRef")) {
            Node ref = source.get(kind);
            if (ref.isPresent()) {
                sources++;
                checkSourceName(ref, context);
            }
        }
        if (sources == 0) {
            context.report(ApiError.invalid(source, list.path(), "\"\"",
                    "must specify one of: `configMapRef` or `secretRef`"), "invalid");
        } else if (sources > 1) {
            context.report(ApiError.invalid(source, list.path(), "\"\"",
                    "may not have more than one field specified at a time"), "invalid");
        }
    }

    private static void checkSourceName(Node ref, RuleContext context) {
        Node name = ref.get("name");
        if (name.isPresent() && name.asString().isEmpty()) {
            return;
        }
        String value = name.asString().orElse("");
        if (value.isEmpty()) {
            context.report(ApiError.required(name.isPresent() ? name : ref, ref.path().child("name"), ""), "invalid");
            return;
        }
        for (String message : KubeValidation.dns1123SubdomainPrefix(value)) {
            context.report(ApiError.invalid(name, ApiError.quote(value), message), "invalid");
        }
    }
}
