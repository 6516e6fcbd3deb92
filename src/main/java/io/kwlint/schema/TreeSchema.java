package io.kwlint.schema;

import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.SeqNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One schema of kwlint's bundled set, compiled to check kwlint's own YAML tree directly: no JSON
 * copy of each object, no general-purpose validator. It knows the keywords kwlint's schema
 * generator writes ({@code type}, {@code properties}, {@code additionalProperties},
 * {@code required}, {@code items}, {@code $ref}, {@code enum}, {@code pattern}, {@code minimum},
 * {@code maximum}) with the semantics of JSON Schema draft 2020-12 as networknt applies them;
 * every other keyword ({@code format}, {@code description}, {@code x-kubernetes-*}) is an
 * annotation. A test checks it against networknt on every manifest the repository has.
 *
 * <p>The instance is the JSON kubectl sends: fields set to null are left out, as are fields
 * that API-server defaulting added; numbers are exact, and one without a fraction is an integer.
 */
final class TreeSchema {

    /** UNKNOWN: .nan and .inf, which JSON cannot hold; networknt matches them with no type at all. */
    private enum JsonType { NULL, BOOLEAN, INTEGER, NUMBER, STRING, OBJECT, ARRAY, UNKNOWN }

    /** Compiled schemas by their {@code $ref}, compiled on first use (they may refer to each other). */
    interface Resolver extends Function<String, TreeSchema> {
    }

    private final Resolver resolver;
    private final String ref;
    private TreeSchema resolved;
    private final List<String> types;
    private final String expectedTypes;
    private final Map<String, TreeSchema> properties;
    private final boolean additionalForbidden;
    private final TreeSchema additional;
    private final List<String> required;
    private final TreeSchema items;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final List<Object> enumValues;
    private final String enumText;
    private final String patternText;
    private final boolean quantityPattern;
    private Pattern pattern;

    /** Compiles one schema object of a JSON document read by {@link io.kwlint.json.JsonReader}. */
    @SuppressWarnings("unchecked")
    TreeSchema(Map<String, Object> schema, Resolver resolver) {
        this.resolver = resolver;
        this.ref = (String) schema.get("$ref");
        Object type = schema.get("type");
        this.types = type == null ? null : type instanceof List<?> list ? (List<String>) list : List.of((String) type);
        this.expectedTypes = types == null ? null
                : String.join(" or ", types.stream().map(SchemaProblem::typeName).toList());
        Map<String, Object> declared = (Map<String, Object>) schema.get("properties");
        if (declared == null) {
            this.properties = null;
        } else {
            this.properties = new LinkedHashMap<>();
            declared.forEach((name, property) -> properties.put(name, subschema(property, resolver)));
        }
        Object additionalProperties = schema.get("additionalProperties");
        this.additionalForbidden = Boolean.FALSE.equals(additionalProperties);
        this.additional = subschema(additionalProperties, resolver);
        this.required = (List<String>) schema.get("required");
        this.items = subschema(schema.get("items"), resolver);
        this.minimum = (BigDecimal) schema.get("minimum");
        this.maximum = (BigDecimal) schema.get("maximum");
        this.enumValues = (List<Object>) schema.get("enum");
        this.enumText = enumValues == null ? null : enumText(enumValues);
        this.patternText = (String) schema.get("pattern");
        this.quantityPattern = patternText != null && patternText.startsWith(SchemaProblem.QUANTITY_PATTERN_START);
    }

    /**
     * A subschema, compiled with its parent (a definition's own subschemas are few; definitions
     * elsewhere are reached through {@code $ref}, compiled when first needed); null if it is no schema.
     */
    @SuppressWarnings("unchecked")
    private static TreeSchema subschema(Object schema, Resolver resolver) {
        return schema instanceof Map<?, ?> map ? new TreeSchema((Map<String, Object>) map, resolver) : null;
    }

    private static String enumText(List<Object> values) {
        StringJoiner joined = new StringJoiner(", ");
        values.forEach(value -> joined.add("\"" + value + "\""));
        return joined.toString();
    }

    /** The problems of an object (its root mapping) against this schema. */
    List<SchemaProblem> validate(Node root) {
        List<SchemaProblem> problems = new ArrayList<>();
        validate(root, new ArrayList<>(), problems);
        return problems;
    }

    private void validate(Node node, List<Object> path, List<SchemaProblem> problems) {
        if (ref != null) {
            target().validate(node, path, problems);
        }
        JsonType type = typeOf(node);
        if (types != null && !accepts(type)) {
            problems.add(problem("type", path, null, null, null));
        }
        if (enumValues != null && !inEnum(node, type)) {
            problems.add(problem("enum", path, null, null, null));
        }
        switch (type) {
            case OBJECT -> validateObject((MapNode) node, path, problems);
            case ARRAY -> validateItems((SeqNode) node, path, problems);
            case STRING -> validatePattern((ScalarNode) node, path, problems);
            case INTEGER, NUMBER -> validateRange((ScalarNode) node, path, problems);
            default -> {
                // null, booleans and .nan/.inf: only type and enum apply
            }
        }
    }

    private TreeSchema target() {
        TreeSchema target = resolved;
        if (target == null) {
            target = resolver.apply(ref);
            resolved = target;
        }
        return target;
    }

    private boolean accepts(JsonType type) {
        for (String name : types) {
            boolean matches = switch (name) {
                case "null" -> type == JsonType.NULL;
                case "boolean" -> type == JsonType.BOOLEAN;
                case "integer" -> type == JsonType.INTEGER;
                case "number" -> type == JsonType.INTEGER || type == JsonType.NUMBER;
                case "string" -> type == JsonType.STRING;
                case "object" -> type == JsonType.OBJECT;
                case "array" -> type == JsonType.ARRAY;
                default -> false;
            };
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private boolean inEnum(Node node, JsonType type) {
        for (Object value : enumValues) {
            boolean equal = switch (type) {
                case NULL -> value == null;
                case STRING -> value instanceof String text && text.equals(((ScalarNode) node).text());
                case BOOLEAN -> value instanceof Boolean bool && bool.equals(((ScalarNode) node).value());
                case INTEGER, NUMBER -> value instanceof BigDecimal number
                        && ((ScalarNode) node).asDecimal().filter(d -> d.compareTo(number) == 0).isPresent();
                default -> false;
            };
            if (equal) {
                return true;
            }
        }
        return false;
    }

    private void validateObject(MapNode map, List<Object> path, List<SchemaProblem> problems) {
        if (required != null) {
            for (String name : required) {
                if (!inInstance(map.get(name))) {
                    problems.add(problem("required", path, name, null, null));
                }
            }
        }
        if (properties == null && !additionalForbidden && additional == null) {
            return;
        }
        for (MapNode.Entry entry : map.entries()) {
            Node value = entry.value();
            if (!inInstance(value)) {
                continue;
            }
            String name = entry.name();
            TreeSchema declared = properties == null ? null : properties.get(name);
            if (declared != null) {
                descend(declared, value, path, name, problems);
            } else if (additionalForbidden) {
                problems.add(problem("additionalProperties", path, name, properties == null ? Set.of() : properties.keySet(),
                        "property '" + name + "' is not defined in the schema and the schema does not allow additional properties"));
            } else if (additional != null) {
                descend(additional, value, path, name, problems);
            }
        }
    }

    private void validateItems(SeqNode seq, List<Object> path, List<SchemaProblem> problems) {
        if (items == null) {
            return;
        }
        List<Node> all = seq.items();
        for (int i = 0; i < all.size(); i++) {
            descend(items, all.get(i), path, i, problems);
        }
    }

    private void validatePattern(ScalarNode scalar, List<Object> path, List<SchemaProblem> problems) {
        if (patternText == null) {
            return;
        }
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(patternText);
            pattern = compiled;
        }
        if (!compiled.matcher(scalar.text()).find()) {
            problems.add(problem("pattern", path, null, null, "does not match the regex pattern " + patternText));
        }
    }

    private void validateRange(ScalarNode scalar, List<Object> path, List<SchemaProblem> problems) {
        if (minimum == null && maximum == null) {
            return;
        }
        // Exact comparison: 1e19 or a 30-digit integer is out of an int32's range, not an error of kwlint's.
        BigDecimal value = scalar.asDecimal().orElseThrow();
        if (minimum != null && value.compareTo(minimum) < 0) {
            problems.add(problem("minimum", path, null, null, "must have a minimum value of " + minimum.toPlainString()));
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            problems.add(problem("maximum", path, null, null, "must have a maximum value of " + maximum.toPlainString()));
        }
    }

    private static void descend(TreeSchema schema, Node value, List<Object> path, Object step,
            List<SchemaProblem> problems) {
        path.add(step);
        schema.validate(value, path, problems);
        path.remove(path.size() - 1);
    }

    private SchemaProblem problem(String keyword, List<Object> path, String property, Set<String> known, String message) {
        return new SchemaProblem(keyword, path, property, known, expectedTypes, enumText, quantityPattern, message);
    }

    /** Whether a field is in the JSON kubectl sends: not null, and not added by defaulting. */
    private static boolean inInstance(Node node) {
        return node.isPresent() && !node.isDefaulted();
    }

    private static JsonType typeOf(Node node) {
        if (node instanceof MapNode) {
            return JsonType.OBJECT;
        }
        if (node instanceof SeqNode) {
            return JsonType.ARRAY;
        }
        if (!(node instanceof ScalarNode scalar)) {
            return JsonType.NULL;
        }
        return switch (scalar.type()) {
            case NULL -> JsonType.NULL;
            case BOOLEAN -> JsonType.BOOLEAN;
            case INTEGER -> JsonType.INTEGER;
            case STRING -> JsonType.STRING;
            case FLOAT -> !(scalar.value() instanceof BigDecimal decimal) ? JsonType.UNKNOWN
                    : isIntegral(decimal) ? JsonType.INTEGER : JsonType.NUMBER;
        };
    }

    /** 1.0 and 1e3 are integers to JSON Schema; the exponent is looked at, never expanded. */
    private static boolean isIntegral(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0;
    }
}
