package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.List;

/**
 * Environment variable names as the API server checks them (strict, or relaxed where
 * RelaxedEnvironmentVariableValidation is on), and value vs valueFrom.
 */
@RuleId("env-var-names")
final class EnvVarNames implements ObjectRule {

    private static final List<String> VALUE_SOURCES = List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef");


    @Override
    public void check(KubeObject object, RuleContext context) {
        boolean relaxed = context.enabled(Feature.RELAXED_ENVIRONMENT_VARIABLE_VALIDATION);
        for (Container container : Container.of(object.podSpec())) {
            for (Node env : container.node().get("env").items()) {
                Node name = env.get("name");
                String value = name.asString().orElse("");
                if (name.isPresent() && name.asString().isEmpty()) {
                    continue; // not a string: the schema check reports the type
                }
                if (value.isEmpty()) {
                    context.report(ApiError.required(name, ""), "invalid");
                } else {
                    for (String message : KubeValidation.envVarName(value, relaxed)) {
                        context.report(ApiError.invalid(name, ApiError.quote(value), message), "invalid");
                    }
                }
                Node valueFrom = env.get("valueFrom");
                // Without any source, env-sources reports "must specify one of" instead (upstream's else-if).
                boolean anySource = VALUE_SOURCES.stream().anyMatch(source -> valueFrom.get(source).isPresent());
                if (anySource && env.get("value").asString().filter(v -> !v.isEmpty()).isPresent()) {
                    context.report(ApiError.invalid(valueFrom, null,
                            "may not be specified when `value` is not empty"), "invalid");
                }
            }
        }
    }

}
