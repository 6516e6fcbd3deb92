package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.List;

/** Tolerations: keys, operators, values and effects as the API server checks them. */
@RuleId("tolerations")
final class Tolerations implements ObjectRule {

    private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Node toleration : object.podSpec().get("tolerations").items()) {
            Node key = toleration.get("key");
            Node operator = toleration.get("operator");
            Node value = toleration.get("value");
            Node effect = toleration.get("effect");
            String keyText = key.asString().orElse("");
            String op = operator.asString().orElse("");
            if (!keyText.isEmpty()) {
                KubeValidation.qualifiedName(keyText).forEach(message ->
                        context.report(ApiError.invalid(key, ApiError.quote(keyText), message), "invalid"));
            } else if (!op.equals("Exists")) {
                context.finding(operator.isPresent() ? operator : toleration, "invalid",
                        ApiError.invalid(operator, ApiError.quote(op),
                                "operator must be Exists when `key` is empty, which means \"match all values and all keys\"").body())
                        .path(operator.path()).report();
            }
            if (toleration.get("tolerationSeconds").isPresent() && !effect.is("NoExecute")) {
                Node at = effect.isPresent() ? effect : toleration.get("tolerationSeconds");
                context.finding(at, "invalid", ApiError.invalid(effect, ApiError.quote(effect.asString().orElse("")),
                        "effect must be 'NoExecute' when `tolerationSeconds` is set").body()).path(effect.path()).report();
            }
            String valueText = value.asString().orElse("");
            switch (op) {
                case "", "Equal" -> KubeValidation.labelValue(valueText).forEach(message ->
                        context.finding(value, "invalid", ApiError.invalid(value, operator.path(), ApiError.quote(valueText), message)
                                .body()).path(operator.path()).report());
                case "Exists" -> {
                    if (!valueText.isEmpty()) {
                        context.finding(value, "invalid", ApiError.invalid(value, operator.path(), null,
                                "value must be empty when `operator` is 'Exists'").body()).path(operator.path()).report();
                    }
                }
                default -> context.report(ApiError.unsupported(operator, ApiError.quote(op),
                        List.of("Equal", "Exists")), "invalid");
            }
            if (effect.isPresent() && effect.asString().filter(e -> e.isEmpty() || EFFECTS.contains(e)).isEmpty()) {
                context.report(ApiError.unsupported(effect, EFFECTS), "invalid");
            }
        }
    }
}
