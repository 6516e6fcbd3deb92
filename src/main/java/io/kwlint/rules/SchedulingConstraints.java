package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a pod may be scheduled, as validateAffinity and validateTopologySpreadConstraints check
 * it: node selector terms and their requirements, weights, pod (anti-)affinity terms with their
 * selectors and topology keys, and topology spread constraints.
 */
@RuleId("scheduling-constraints")
final class SchedulingConstraints implements ObjectRule {

    private static final List<String> WHEN_UNSATISFIABLE = List.of("DoNotSchedule", "ScheduleAnyway");
    private static final List<String> INCLUSION_POLICIES = List.of("Honor", "Ignore");

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node affinity = object.podSpec().get("affinity");
        nodeAffinity(affinity.get("nodeAffinity"), context);
        podAffinity(affinity.get("podAffinity"), context);
        podAffinity(affinity.get("podAntiAffinity"), context);
        Node constraints = object.podSpec().get("topologySpreadConstraints");
        List<Node> items = constraints.items();
        for (int i = 0; i < items.size(); i++) {
            spreadConstraint(items.get(i), items.subList(i + 1, items.size()), context);
        }
    }

    private static void report(RuleContext context, ApiError error) {
        context.report(error, "invalid");
    }

    private static void nodeAffinity(Node affinity, RuleContext context) {
        Node required = affinity.get("requiredDuringSchedulingIgnoredDuringExecution");
        if (required.isMap()) {
            Node terms = required.get("nodeSelectorTerms");
            if (terms.items().isEmpty()) {
                report(context, ApiError.required(terms.isPresent() ? terms : required, required.path().child("nodeSelectorTerms"),
                        "must have at least one node selector term"));
            }
            terms.items().forEach(term -> nodeSelectorTerm(term, true, context));
        }
        for (Node preferred : affinity.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
            weight(preferred, context);
            // Preferred terms may name label values that do not exist (yet): upstream skips their syntax.
            nodeSelectorTerm(preferred.get("preference"), false, context);
        }
    }

    private static void weight(Node weighted, RuleContext context) {
        Node weight = weighted.get("weight");
        weight.asLong().ifPresent(w -> {
            if (w <= 0 || w > 100) {
                report(context, ApiError.invalid(weight, Long.toString(w), "must be in the range 1-100"));
            }
        });
    }

    private static void nodeSelectorTerm(Node term, boolean checkValues, RuleContext context) {
        for (Node requirement : term.get("matchExpressions").items()) {
            nodeRequirement(requirement, checkValues, context);
        }
        for (Node requirement : term.get("matchFields").items()) {
            fieldRequirement(requirement, context);
        }
    }

    /** ValidateNodeSelectorRequirement. */
    private static void nodeRequirement(Node requirement, boolean checkValues, RuleContext context) {
        Node operator = requirement.get("operator");
        Node values = requirement.get("values");
        int count = values.items().size();
        FieldPath valuesPath = requirement.path().child("values");
        Node valuesAt = values.isPresent() ? values : requirement;
        switch (operator.asString().orElse("")) {
            case "In", "NotIn" -> {
                if (count == 0) {
                    report(context, ApiError.required(valuesAt, valuesPath, "must be specified when `operator` is 'In' or 'NotIn'"));
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (count > 0) {
                    report(context, ApiError.forbidden(valuesAt, valuesPath,
                            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }
            }
            case "Gt", "Lt" -> {
                if (count != 1) {
                    report(context, ApiError.required(valuesAt, valuesPath,
                            "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                }
            }
            default -> report(context, ApiError.invalid(operator.isPresent() ? operator : requirement,
                    requirement.path().child("operator"), ApiError.render(operator), "not a valid selector operator"));
        }
        labelName(requirement.get("key"), requirement.path().child("key"), requirement, context);
        if (checkValues) {
            for (Node value : values.items()) {
                value.asString().ifPresent(text -> KubeValidation.labelValue(text).forEach(message ->
                        report(context, ApiError.invalid(value, ApiError.quote(text), message))));
            }
        }
    }

    /** ValidateNodeFieldSelectorRequirement: only metadata.name, with exactly one node name. */
    private static void fieldRequirement(Node requirement, RuleContext context) {
        Node operator = requirement.get("operator");
        Node values = requirement.get("values");
        if (operator.is("In") || operator.is("NotIn")) {
            if (values.items().size() != 1) {
                report(context, ApiError.required(values.isPresent() ? values : requirement, requirement.path().child("values"),
                        "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
            }
        } else {
            report(context, ApiError.invalid(operator.isPresent() ? operator : requirement, requirement.path().child("operator"),
                    ApiError.render(operator), "not a valid selector operator"));
        }
        Node key = requirement.get("key");
        if (!key.is("metadata.name")) {
            report(context, ApiError.invalid(key.isPresent() ? key : requirement, requirement.path().child("key"),
                    ApiError.render(key), "not a valid field selector key"));
            return;
        }
        for (Node value : values.items()) {
            value.asString().ifPresent(text -> KubeValidation.dns1123Subdomain(text).forEach(message ->
                    report(context, ApiError.invalid(value, ApiError.quote(text), message))));
        }
    }

    /** ValidateLabelName: a qualified name, also when empty or missing. */
    private static void labelName(Node key, FieldPath path, Node parent, RuleContext context) {
        if (key.isPresent() && key.asString().isEmpty()) {
            return; // not a string: the schema check reports the type
        }
        String text = key.asString().orElse("");
        KubeValidation.qualifiedName(text).forEach(message ->
                report(context, ApiError.invalid(key.isPresent() ? key : parent, path, ApiError.quote(text), message)));
    }

    private static void podAffinity(Node affinity, RuleContext context) {
        for (Node term : affinity.get("requiredDuringSchedulingIgnoredDuringExecution").items()) {
            podAffinityTerm(term, context);
        }
        for (Node weighted : affinity.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
            weight(weighted, context);
            podAffinityTerm(weighted.get("podAffinityTerm"), context);
        }
    }

    /** validatePodAffinityTerm. */
    private static void podAffinityTerm(Node term, RuleContext context) {
        if (!term.isMap()) {
            return;
        }
        for (String selector : List.of("labelSelector", "namespaceSelector")) {
            Node node = term.get(selector);
            if (node.isMap()) {
                LabelSelector.of(node).errors().forEach(error -> report(context, error));
            }
        }
        for (Node namespace : term.get("namespaces").items()) {
            // sic: upstream prints the singular "namespace"
            namespace.asString().ifPresent(name -> KubeValidation.dns1123Label(name).forEach(message ->
                    report(context, ApiError.invalid(namespace, term.path().child("namespace"), ApiError.quote(name), message))));
        }
        labelKeys(term, "matchLabelKeys", context);
        labelKeys(term, "mismatchLabelKeys", context);
        Set<String> mismatch = new HashSet<>();
        term.get("mismatchLabelKeys").items().forEach(k -> k.asString().ifPresent(mismatch::add));
        for (Node key : term.get("matchLabelKeys").items()) {
            key.asString().filter(mismatch::contains).ifPresent(k -> report(context, ApiError.invalid(key, ApiError.quote(k), "exists in both matchLabelKeys and mismatchLabelKeys")));
        }
        Node topologyKey = term.get("topologyKey");
        if (topologyKey.asString().orElse("").isEmpty() && !(topologyKey.isPresent() && topologyKey.asString().isEmpty())) {
            report(context, ApiError.required(topologyKey.isPresent() ? topologyKey : term, term.path().child("topologyKey"),
                    "can not be empty"));
        }
        labelName(topologyKey, term.path().child("topologyKey"), term, context);
    }

    /** validateLabelKeys: keys that need a labelSelector to refine, each a label name. */
    private static void labelKeys(Node term, String field, RuleContext context) {
        Node keys = term.get(field);
        if (keys.items().isEmpty()) {
            return;
        }
        if (!term.get("labelSelector").isPresent()) {
            report(context, ApiError.forbidden(keys, "must not be specified when labelSelector is not set"));
            return;
        }
        for (Node key : keys.items()) {
            labelName(key, key.path(), keys, context);
        }
    }

    /** One entry of validateTopologySpreadConstraints; {@code later} are the entries after it. */
    private static void spreadConstraint(Node constraint, List<Node> later, RuleContext context) {
        FieldPath path = constraint.path();
        Node maxSkew = constraint.get("maxSkew");
        if (maxSkew.asLong().orElse(0) <= 0 && !(maxSkew.isPresent() && maxSkew.asLong().isEmpty())) {
            report(context, ApiError.invalid(maxSkew.isPresent() ? maxSkew : constraint, path.child("maxSkew"),
                    Long.toString(maxSkew.asLong().orElse(0)), "must be greater than zero"));
        }
        Node topologyKey = constraint.get("topologyKey");
        if (topologyKey.asString().orElse("").isEmpty() && !(topologyKey.isPresent() && topologyKey.asString().isEmpty())) {
            report(context, ApiError.required(topologyKey.isPresent() ? topologyKey : constraint, path.child("topologyKey"),
                    "can not be empty"));
        }
        Node action = constraint.get("whenUnsatisfiable");
        String actionText = action.asString().orElse("");
        if (!WHEN_UNSATISFIABLE.contains(actionText) && !(action.isPresent() && action.asString().isEmpty())) {
            report(context, ApiError.unsupported(action.isPresent() ? action : constraint, path.child("whenUnsatisfiable"),
                    ApiError.quote(actionText), WHEN_UNSATISFIABLE));
        }
        String key = topologyKey.asString().orElse("");
        for (Node other : later) {
            if (other.get("topologyKey").asString().orElse("").equals(key)
                    && other.get("whenUnsatisfiable").asString().orElse("").equals(actionText)) {
                report(context, new ApiError(constraint, path.child("{topologyKey, whenUnsatisfiable}"), ApiError.Type.DUPLICATE,
                        ApiError.quote("{" + key + ", " + actionText + "}"), null));
                break;
            }
        }
        Node minDomains = constraint.get("minDomains");
        minDomains.asLong().ifPresent(min -> {
            if (min <= 0) {
                report(context, ApiError.invalid(minDomains, Long.toString(min), "must be greater than zero"));
            }
            if (!actionText.equals("DoNotSchedule")) {
                report(context, ApiError.invalid(minDomains, Long.toString(min),
                        "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + actionText));
            }
        });
        for (String policy : List.of("nodeAffinityPolicy", "nodeTaintsPolicy")) {
            Node value = constraint.get(policy);
            value.asString().filter(p -> !INCLUSION_POLICIES.contains(p)).ifPresent(p ->
                    report(context, ApiError.unsupported(value, ApiError.quote(p), INCLUSION_POLICIES)));
        }
        spreadLabelKeys(constraint, context);
        Node selector = constraint.get("labelSelector");
        if (selector.isMap()) {
            LabelSelector.of(selector).errors().forEach(error -> report(context, error));
        }
    }

    /** validateMatchLabelKeysInTopologySpread. */
    private static void spreadLabelKeys(Node constraint, RuleContext context) {
        Node keys = constraint.get("matchLabelKeys");
        if (keys.items().isEmpty()) {
            return;
        }
        Node selector = constraint.get("labelSelector");
        Set<String> selectorKeys = new HashSet<>();
        if (selector.isPresent()) {
            if (selector.get("matchLabels") instanceof MapNode matchLabels) {
                selectorKeys.addAll(matchLabels.fieldNames());
            }
            selector.get("matchExpressions").items().forEach(e -> e.get("key").asString().ifPresent(selectorKeys::add));
        } else {
            report(context, ApiError.forbidden(keys, "must not be specified when labelSelector is not set"));
        }
        for (Node key : keys.items()) {
            labelName(key, key.path(), keys, context);
            key.asString().filter(selectorKeys::contains).ifPresent(k -> report(context,
                    ApiError.invalid(key, ApiError.quote(k), "exists in both matchLabelKeys and labelSelector")));
        }
    }
}
