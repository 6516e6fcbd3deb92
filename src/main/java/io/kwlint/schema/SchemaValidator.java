package io.kwlint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.value.Suggestions;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Validates objects against their JSON schema, as the API server's strict field validation does,
 * and turns each schema error into a finding at the YAML node it is about, with the Kubernetes
 * field path and a message a person reads without knowing JSON Schema.
 */
public final class SchemaValidator {

    public static final String UNKNOWN_FIELD = "schema-unknown-field";
    public static final String FIELD_TYPE = "schema-type";
    public static final String REQUIRED_FIELD = "schema-required";
    public static final String FIELD_VALUE = "schema-value";
    public static final String NO_SCHEMA = "schema-missing";
    public static final Set<String> RULES = Set.of(UNKNOWN_FIELD, FIELD_TYPE, REQUIRED_FIELD, FIELD_VALUE, NO_SCHEMA);

    private static final String QUANTITY_PATTERN_START = "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)";

    private final Schemas schemas;
    private final RuleCatalog catalog;
    private final KubeVersion target;

    public SchemaValidator(Schemas schemas, RuleCatalog catalog, KubeVersion target) {
        this.schemas = schemas;
        this.catalog = catalog;
        this.target = target;
    }

    /** Findings for one object, before defaults are applied (the API server validates what it got). */
    public List<Finding> validate(KubeObject object) {
        Optional<Schema> schema;
        try {
            schema = schemas.find(object.apiVersion(), object.kindName());
        } catch (Schemas.UnusableSchemaException e) {
            return List.of(finding(object, FIELD_VALUE, object.root().get("kind"), null, "unusable",
                    object.kindName(), object.apiVersion(), e.schema(), e.getMessage()));
        }
        if (schema.isEmpty()) {
            return missingSchema(object);
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Error error : schema.get().validate(JsonInstance.of(object.root()))) {
            Finding finding = describe(object, error);
            if (seen.add(finding.fieldPath() + "\u0000" + finding.message())) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /**
     * No schema: a removed apiVersion of a kind kwlint knows is removed-api-version's finding, not
     * this one; anything else is reported only when the team asked for strict kinds.
     */
    private List<Finding> missingSchema(KubeObject object) {
        boolean knownKind = Kind.named(object.kindName()).isPresent()
                && ApiVersions.lifecycle(object.apiVersion(), object.kindName()).isPresent();
        if (knownKind) {
            return List.of();
        }
        Node at = object.root().get("kind");
        return List.of(finding(object, NO_SCHEMA, at, null, "none",
                object.kindName(), object.apiVersion(), target));
    }

    private Finding describe(KubeObject object, Error error) {
        Node at = locate(object.root(), error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "additionalProperties", "unevaluatedProperties" -> unknownField(object, error, at);
            case "required" -> requiredField(object, error, at);
            case "type" -> finding(object, FIELD_TYPE, at, at.path(), "type",
                    label(at), expectedTypes(error.getSchemaNode()), actual(at));
            case "enum" -> finding(object, FIELD_VALUE, at, at.path(), "enum",
                    actualValue(at), enumValues(error.getSchemaNode()));
            case "pattern" -> isQuantityPattern(error.getSchemaNode())
                    ? finding(object, FIELD_VALUE, at, at.path(), "quantity", label(at), actualValue(at))
                    : finding(object, FIELD_VALUE, at, at.path(), "other", label(at), error.getMessage());
            case "minimum", "maximum" -> finding(object, FIELD_VALUE, at, at.path(), "range",
                    label(at), actualValue(at), error.getMessage());
            default -> finding(object, FIELD_VALUE, at, at.path(), "other", label(at), stripLocation(error.getMessage()));
        };
    }

    private Finding unknownField(KubeObject object, Error error, Node parent) {
        String name = error.getProperty();
        if (name == null) {
            return finding(object, FIELD_VALUE, parent, parent.path(), "other", label(parent), error.getMessage());
        }
        Node field = parent.get(name);
        Node at = field.isPresent() ? field.key().<Node>map(key -> key).orElse(field) : parent;
        String hint = Suggestions.closest(knownProperties(error), name)
                .map(known -> " — did you mean `" + known + "`?")
                .orElse("");
        return finding(object, UNKNOWN_FIELD, at, parent.path().child(name), "unknown", name, hint);
    }

    private Finding requiredField(KubeObject object, Error error, Node parent) {
        String name = error.getProperty();
        if (name == null && error.getArguments() != null && error.getArguments().length > 0) {
            name = String.valueOf(error.getArguments()[0]);
        }
        return finding(object, REQUIRED_FIELD, parent, parent.path().child(String.valueOf(name)), "missing", name);
    }

    /** The property names the object's schema declares, read next to the failing keyword. */
    private Set<String> knownProperties(Error error) {
        Set<String> names = new LinkedHashSet<>();
        NodePath fragment = error.getSchemaLocation().getFragment();
        if (fragment == null) {
            return names;
        }
        JsonNode schema = schemas.document(error.getSchemaLocation().getAbsoluteIri().toString()).getSchemaNode();
        for (int i = 0; i < fragment.getNameCount() - 1 && schema != null; i++) {
            Object element = fragment.getElement(i);
            schema = element instanceof Integer index ? schema.get(index) : schema.get(String.valueOf(element));
        }
        if (schema != null && schema.get("properties") != null) {
            names.addAll(schema.get("properties").propertyNames());
        }
        return names;
    }

    /** The YAML node at a JSON instance location; the nearest existing ancestor if it is gone. */
    private static Node locate(Node root, NodePath location) {
        Node node = root;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            Node child = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
            if (!child.isPresent()) {
                return node;
            }
            node = child;
        }
        return node;
    }

    private Finding finding(KubeObject object, String ruleId, Node at, FieldPath path, String messageId, Object... args) {
        RuleMetadata rule = catalog.get(ruleId);
        String fieldPath = path == null || path.isRoot() ? null : path.toString();
        return new Finding(rule.id(), rule.severity(), rule.format(messageId, args),
                new Location(object.file().displayPath(), at.anchorSpan()), object.ref().toString(), fieldPath, List.of());
    }

    /** How a field is named in a message: its own name, or its parent's with the index. */
    private static String label(Node node) {
        if (node.fieldName().isPresent()) {
            return node.fieldName().get();
        }
        String path = node.path().toString();
        int bracket = path.lastIndexOf('[');
        int dot = path.lastIndexOf('.', bracket < 0 ? path.length() : bracket);
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String expectedTypes(JsonNode schemaNode) {
        JsonNode types = schemaNode != null && schemaNode.isObject() ? schemaNode.get("type") : schemaNode;
        if (types == null) {
            return "of another type";
        }
        List<String> names = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(type -> names.add(typeName(type.asString())));
        } else {
            names.add(typeName(types.asString()));
        }
        return String.join(" or ", names);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "a boolean";
            case "object" -> "a map";
            case "array" -> "a list";
            case "null" -> "null";
            default -> jsonType;
        };
    }

    /** What the YAML holds, e.g. {@code the string "3"}, {@code a list}. */
    private static String actual(Node node) {
        if (node.isMap()) {
            return "a map";
        }
        if (node.isSeq()) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.type() == ScalarType.NULL) {
                return "null";
            }
            return "the " + scalar.describeType().replaceFirst("^an? ", "") + " " + scalar;
        }
        return "nothing";
    }

    private static String actualValue(Node node) {
        return node instanceof ScalarNode scalar ? "\"" + scalar.text() + "\"" : actual(node);
    }

    private static String enumValues(JsonNode schemaNode) {
        JsonNode values = schemaNode != null && schemaNode.isObject() ? schemaNode.get("enum") : schemaNode;
        StringJoiner joined = new StringJoiner(", ");
        if (values != null && values.isArray()) {
            values.forEach(value -> joined.add("\"" + value.asString() + "\""));
        }
        return joined.toString();
    }

    private static boolean isQuantityPattern(JsonNode schemaNode) {
        JsonNode pattern = schemaNode != null && schemaNode.isObject() ? schemaNode.get("pattern") : schemaNode;
        return pattern != null && pattern.isString() && pattern.asString().startsWith(QUANTITY_PATTERN_START);
    }

    /** networknt prefixes messages with the instance location; the finding has its own. */
    private static String stripLocation(String message) {
        return message == null ? "" : message.replaceFirst("^\\S+: ", "");
    }

    /** Whether a finding comes from schema validation (the Linter drops those a rule explains better). */
    public static boolean isSchemaRule(String ruleId) {
        return RULES.contains(ruleId);
    }
}
