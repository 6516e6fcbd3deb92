package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code metav1.LabelSelector} (matchLabels AND matchExpressions) with the API server's
 * semantics: an absent selector selects nothing, an empty one selects everything, NotIn and
 * DoesNotExist are satisfied by an absent label, and a selector with an invalid requirement
 * cannot be converted at all.
 */
public final class LabelSelector {

    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

        private final String name;

        Operator(String name) {
            this.name = name;
        }

        static Optional<Operator> named(String name) {
            for (Operator op : values()) {
                if (op.name.equals(name)) {
                    return Optional.of(op);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One requirement of the selector; matchLabels entries become {@code key In (value)}. */
    public record Requirement(String key, Operator operator, List<String> values, Node node) {

        public boolean matches(Map<String, String> labels) {
            boolean has = labels.containsKey(key);
            return switch (operator) {
                case IN -> has && values.contains(labels.get(key));
                case NOT_IN -> !has || !values.contains(labels.get(key));
                case EXISTS -> has;
                case DOES_NOT_EXIST -> !has;
            };
        }

        @Override
        public String toString() {
            return switch (operator) {
                case IN -> values.size() == 1 ? key + "=" + values.get(0) : key + " in (" + String.join(",", values) + ")";
                case NOT_IN -> key + " notin (" + String.join(",", values) + ")";
                case EXISTS -> key;
                case DOES_NOT_EXIST -> "!" + key;
            };
        }
    }

    private final Node node;
    private final List<Requirement> requirements;
    private final List<ApiError> errors;

    private LabelSelector(Node node, List<Requirement> requirements, List<ApiError> errors) {
        this.node = node;
        this.requirements = List.copyOf(requirements);
        this.errors = List.copyOf(errors);
    }

    /** Reads a LabelSelector struct ({@code matchLabels}, {@code matchExpressions}). */
    public static LabelSelector of(Node selector) {
        List<Requirement> requirements = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        Node matchLabels = selector.get("matchLabels");
        readMatchLabels(matchLabels, requirements, errors);
        Node expressions = selector.get("matchExpressions");
        for (Node expression : expressions.items()) {
            readExpression(expression, requirements, errors);
        }
        return new LabelSelector(selector, requirements, errors);
    }

    /** Reads a plain label map used as a selector, as a Service's {@code spec.selector} is. */
    public static LabelSelector ofMap(Node labels) {
        List<Requirement> requirements = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        readMatchLabels(labels, requirements, errors);
        return new LabelSelector(labels, requirements, errors);
    }

    private static void readMatchLabels(Node matchLabels, List<Requirement> requirements, List<ApiError> errors) {
        if (!(matchLabels instanceof MapNode map)) {
            return;
        }
        errors.addAll(Labels.validate(map, map.path()));
        for (MapNode.Entry entry : map.entries()) {
            String value = entry.value() instanceof ScalarNode scalar && !scalar.isNull() ? scalar.text() : "";
            requirements.add(new Requirement(entry.name(), Operator.IN, List.of(value), entry.value()));
        }
    }

    private static void readExpression(Node expression, List<Requirement> requirements, List<ApiError> errors) {
        FieldPath path = expression.path();
        Node keyNode = expression.get("key");
        Node operatorNode = expression.get("operator");
        Node valuesNode = expression.get("values");
        String key = keyNode.asString().orElse("");
        List<String> values = new ArrayList<>();
        for (Node value : valuesNode.items()) {
            if (value instanceof ScalarNode scalar && !scalar.isNull()) {
                values.add(scalar.text());
            }
        }
        Optional<Operator> operator = Operator.named(operatorNode.asString().orElse(""));
        int before = errors.size();
        if (operator.isEmpty()) {
            errors.add(ApiError.invalid(operatorNode, path.child("operator"),
                    ApiError.quote(operatorNode.asString().orElse("")), "not a valid selector operator"));
        } else if ((operator.get() == Operator.IN || operator.get() == Operator.NOT_IN) && values.isEmpty()) {
            errors.add(ApiError.required(valuesNode.isPresent() ? valuesNode : operatorNode, path.child("values"),
                    "must be specified when `operator` is 'In' or 'NotIn'"));
        } else if ((operator.get() == Operator.EXISTS || operator.get() == Operator.DOES_NOT_EXIST) && !values.isEmpty()) {
            errors.add(ApiError.forbidden(valuesNode, path.child("values"),
                    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
        for (String message : KubeValidation.qualifiedName(key)) {
            errors.add(ApiError.invalid(keyNode, path.child("key"), ApiError.quote(key), message));
        }
        List<Node> valueNodes = valuesNode.items();
        for (int i = 0; i < valueNodes.size(); i++) {
            String value = valueNodes.get(i) instanceof ScalarNode scalar ? scalar.text() : "";
            for (String message : KubeValidation.labelValue(value)) {
                errors.add(ApiError.invalid(valueNodes.get(i), path.child("values").index(i), ApiError.quote(value), message));
            }
        }
        if (errors.size() == before) {
            requirements.add(new Requirement(key, operator.get(), List.copyOf(values), expression));
        }
    }

    /** The selector's own node (may be absent). */
    public Node node() {
        return node;
    }

    /** True when no selector was written: it selects nothing. */
    public boolean isAbsent() {
        return !node.isPresent();
    }

    /** True for a written selector without requirements: it selects everything. */
    public boolean isEmpty() {
        return node.isPresent() && requirements.isEmpty() && errors.isEmpty();
    }

    /** The API server's errors for this selector's requirements and matchLabels. */
    public List<ApiError> errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** Does the selector select a pod with these labels? Absent or invalid selectors select none. */
    public boolean matches(Map<String, String> labels) {
        if (isAbsent() || !isValid()) {
            return false;
        }
        return requirements.stream().allMatch(r -> r.matches(labels));
    }

    /** The first requirement these labels fail, for messages; empty if they match. */
    public Optional<Requirement> firstUnmet(Map<String, String> labels) {
        return requirements.stream().filter(r -> !r.matches(labels)).findFirst();
    }

    /** The selector in kubectl's string form, e.g. {@code app=web,tier notin (db)}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        requirements.forEach(r -> parts.add(r.toString()));
        return String.join(",", parts);
    }

    /** The matchLabels part as a map, for messages. */
    public Map<String, String> equalities() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            if (r.operator == Operator.IN && r.values.size() == 1) {
                result.put(r.key, r.values.get(0));
            }
        }
        return result;
    }
}
