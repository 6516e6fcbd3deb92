package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.OptionalLong;

/** A successPolicy: Indexed Jobs only, 1 to 20 rules, each with succeededCount or succeededIndexes. */
@RuleId("job-success-policy")
final class JobSuccessPolicy implements ObjectRule {

    private static final int MAX_RULES = 20;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.jobSpec();
        Node policy = spec.get("successPolicy");
        if (!policy.isPresent()) {
            return;
        }
        if (!spec.get("completionMode").is("Indexed")) {
            context.report(ApiError.invalid(policy, null, "requires indexed completion mode"), "invalid");
            return;
        }
        Node rules = policy.get("rules");
        List<Node> items = rules.items();
        if (items.isEmpty()) {
            context.report(ApiError.required(rules, "at least one rules must be specified when the successPolicy is specified"), "invalid");
        } else if (items.size() > MAX_RULES) {
            context.report(new ApiError(rules, rules.path(), ApiError.Type.TOO_MANY, Integer.toString(items.size()),
                    "must have at most 20 items"), "invalid");
        }
        OptionalLong completions = spec.get("completions").asLong();
        for (Node rule : items) {
            Node count = rule.get("succeededCount");
            Node indexes = rule.get("succeededIndexes");
            if (!count.isPresent() && !indexes.isPresent()) {
                context.report(ApiError.required(rule, "at least one of succeededCount or succeededIndexes must be specified"), "invalid");
            }
            int indexCount = indexes.asString().map(text -> checkIndexes(indexes, text, completions, context)).orElse(-1);
            OptionalLong value = count.asLong();
            if (value.isPresent()) {
                if (value.getAsLong() < 0) {
                    context.report(ApiError.negative(count), "invalid");
                } else if (completions.isPresent() && value.getAsLong() > completions.getAsLong()) {
                    context.report(ApiError.invalid(count, "must be less than or equal to "
                            + completions.getAsLong() + " (the number of specified completions)"), "invalid");
                } else if (indexCount >= 0 && value.getAsLong() > indexCount) {
                    context.report(ApiError.invalid(count, "must be less than or equal to "
                            + indexCount + " (the number of indexes in the specified succeededIndexes field)"), "invalid");
                }
            }
        }
    }

    /** "1,3-5,7": ascending, non-overlapping indexes below completions; returns how many, or -1. */
    private static int checkIndexes(Node node, String text, OptionalLong completions, RuleContext context) {
        int count = 0;
        long previousEnd = -1;
        for (String interval : text.split(",", -1)) {
            String[] bounds = interval.split("-", -1);
            long first;
            long last;
            try {
                first = Long.parseLong(bounds[0]);
                last = bounds.length == 2 ? Long.parseLong(bounds[1]) : first;
                if (bounds.length > 2 || first < 0 || last < first) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                context.report(ApiError.invalid(node, ApiError.quote(text),
                        "error parsing succeededIndexes: " + interval), "invalid");
                return -1;
            }
            if (first <= previousEnd) {
                context.report(ApiError.invalid(node, ApiError.quote(text),
                        "error parsing succeededIndexes: non-increasing order, previous: " + previousEnd + ", current: " + first),
                        "invalid");
                return -1;
            }
            if (completions.isPresent() && last >= completions.getAsLong()) {
                context.report(ApiError.invalid(node, ApiError.quote(text),
                        "error parsing succeededIndexes: too large index: " + last), "invalid");
                return -1;
            }
            previousEnd = last;
            count += (int) (last - first + 1);
        }
        return count;
    }
}
