package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A Job's podFailurePolicy rules, as the API server validates them. */
@RuleId("job-pod-failure-policy")
final class JobPodFailurePolicy implements ObjectRule {

    private static final int MAX_RULES = 20;
    private static final int MAX_VALUES = 255;
    private static final List<String> ACTIONS = List.of("Count", "FailIndex", "FailJob", "Ignore");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node rules = spec.at("podFailurePolicy.rules");
        if (rules.items().size() > MAX_RULES) {
            context.report(new ApiError(rules, rules.path(), ApiError.Type.TOO_MANY, Integer.toString(rules.items().size()),
                    "must have at most 20 items"), "invalid");
        }
        Set<String> containerNames = new HashSet<>();
        Container.of(object.podSpec()).forEach(c -> c.name().ifPresent(containerNames::add));
        for (Node rule : rules.items()) {
            checkAction(rule, spec, context);
            Node exitCodes = rule.get("onExitCodes");
            Node conditions = rule.get("onPodConditions");
            if (exitCodes.isPresent() && conditions.isPresent()) {
                context.report(ApiError.invalid(rule, null,
                        "specifying both OnExitCodes and OnPodConditions is not supported"), "invalid");
            } else if (!exitCodes.isPresent() && !conditions.isPresent()) {
                context.report(ApiError.invalid(rule, null,
                        "specifying one of OnExitCodes and OnPodConditions is required"), "invalid");
            }
            if (exitCodes.isPresent()) {
                checkExitCodes(exitCodes, containerNames, context);
            }
            for (Node condition : conditions.items()) {
                checkCondition(condition, context);
            }
        }
    }

    private static void checkAction(Node rule, Node spec, RuleContext context) {
        Node action = rule.get("action");
        if (!action.isPresent()) {
            context.report(ApiError.required(action, "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]"),
                    "invalid");
        } else if (action.is("FailIndex") && !spec.get("backoffLimitPerIndex").isPresent()) {
            context.report(ApiError.invalid(action, "requires the backoffLimitPerIndex to be set"), "invalid");
        } else if (action.asString().filter(ACTIONS::contains).isEmpty()) {
            context.report(ApiError.unsupported(action, ACTIONS), "invalid");
        }
    }

    private static void checkExitCodes(Node exitCodes, Set<String> containerNames, RuleContext context) {
        Node operator = exitCodes.get("operator");
        if (!operator.isPresent()) {
            context.report(ApiError.required(operator, "valid values: [\"In\" \"NotIn\"]"), "invalid");
        } else if (!operator.is("In") && !operator.is("NotIn")) {
            context.report(ApiError.unsupported(operator, List.of("In", "NotIn")),
                    "invalid");
        }
        Node container = exitCodes.get("containerName");
        container.asString().filter(name -> !containerNames.contains(name)).ifPresent(name ->
                context.report(ApiError.invalid(container, ApiError.quote(name),
                        "must be one of the container or initContainer names in the pod template"), "invalid"));
        Node values = exitCodes.get("values");
        List<Node> items = values.items();
        if (items.isEmpty()) {
            context.report(ApiError.invalid(values, goInt32Slice(values), "at least one value is required"),
                    "invalid");
        } else if (items.size() > MAX_VALUES) {
            context.report(new ApiError(values, values.path(), ApiError.Type.TOO_MANY, Integer.toString(items.size()),
                    "must have at most 255 items"), "invalid");
        }
        Long previous = null;
        boolean ordered = true;
        Set<Long> seen = new HashSet<>();
        for (Node value : items) {
            if (value.asLong().isEmpty()) {
                continue;
            }
            long code = value.asLong().getAsLong();
            if (code == 0 && operator.is("In")) {
                context.report(ApiError.invalid(value, "0", "must not be 0 for the In operator"), "invalid");
            }
            if (!seen.add(code)) {
                context.report(new ApiError(value, value.path(), ApiError.Type.DUPLICATE, Long.toString(code), null), "invalid");
            }
            ordered &= previous == null || previous <= code;
            previous = code;
        }
        if (!ordered) {
            // Upstream reports the order once, at the list, printing it as Go does ([]int32{42, 7}).
            context.report(ApiError.invalid(values, goInt32Slice(values), "must be ordered"), "invalid");
        }
    }

    /** A list of exit codes as Go's %#v prints an []int32: {@code []int32{42, 7}}, {@code []int32(nil)}. */
    private static String goInt32Slice(Node values) {
        if (!values.isSeq()) {
            return "[]int32(nil)";
        }
        return values.items().stream().map(v -> v.asLong().isPresent() ? Long.toString(v.asLong().getAsLong()) : "0")
                .collect(java.util.stream.Collectors.joining(", ", "[]int32{", "}"));
    }

    private static void checkCondition(Node condition, RuleContext context) {
        Node status = condition.get("status");
        if (!status.isPresent()) {
            context.report(ApiError.required(status, "valid values: [\"False\" \"True\" \"Unknown\"]"), "invalid");
        } else if (!status.is("True") && !status.is("False") && !status.is("Unknown")) {
            context.report(ApiError.unsupported(status, List.of("False", "True", "Unknown")),
                    "invalid");
        }
        Node type = condition.get("type");
        if (!type.isPresent()) {
            context.report(ApiError.required(type, ""), "invalid");
        } else {
            type.asString().ifPresent(t -> KubeValidation.qualifiedName(t).forEach(message ->
                    context.report(ApiError.invalid(type, ApiError.quote(t), message), "invalid")));
        }
    }
}
