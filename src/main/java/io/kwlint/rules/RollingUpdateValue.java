package io.kwlint.rules;

import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.IntOrPercent;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * maxSurge and maxUnavailable values the API server rejects: negative numbers, strings that are
 * not percentages (a quoted "5" is a string), and percentages above 100 where they are capped.
 */
@RuleId("rolling-update-value")
final class RollingUpdateValue implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.spec();
        switch (object.kind().orElseThrow()) {
            case DEPLOYMENT -> {
                Node rolling = spec.at("strategy.rollingUpdate");
                checkValue(rolling.get("maxSurge"), false, context);
                checkValue(rolling.get("maxUnavailable"), true, context);
            }
            case DAEMON_SET -> {
                Node rolling = spec.at("updateStrategy.rollingUpdate");
                checkValue(rolling.get("maxSurge"), true, context);
                checkValue(rolling.get("maxUnavailable"), true, context);
            }
            case STATEFUL_SET -> {
                if (context.enabled(Feature.MAX_UNAVAILABLE_STATEFUL_SET)) {
                    Node maxUnavailable = spec.at("updateStrategy.rollingUpdate.maxUnavailable");
                    Optional<IntOrPercent> value = checkValue(maxUnavailable, true, context);
                    if (value.isPresent() && value.get().isLiteralZero()) {
                        context.report(ApiError.invalid(maxUnavailable, value.get().toString(),
                                "cannot be 0"), "zero");
                    }
                }
            }
            default -> {
            }
        }
    }

    private static Optional<IntOrPercent> checkValue(Node node, boolean cappedAt100, RuleContext context) {
        if (!node.isPresent()) {
            return Optional.empty();
        }
        Optional<IntOrPercent> value = IntOrPercent.of(node);
        value.ifPresent(v -> {
            for (String problem : v.problems()) {
                context.report(ApiError.invalid(node, v.toString(), problem), "invalid");
            }
            if (cappedAt100 && v.isMoreThan100Percent()) {
                context.report(ApiError.invalid(node, v.toString(), "must not be greater than 100%"), "over-100");
            }
        });
        return value;
    }
}
