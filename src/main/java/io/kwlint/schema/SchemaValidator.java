package io.kwlint.schema;

import io.kwlint.yaml.MapNode;
import io.kwlint.finding.Fix;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.DisabledFields;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private final Schemas schemas;
    private final RuleCatalog catalog;
    private final KubeVersion target;
    private final DisabledFields disabledFields;

    public SchemaValidator(Schemas schemas, RuleCatalog catalog, KubeVersion target) {
        this(schemas, catalog, target, null);
    }

    /**
     * A validator that knows which written fields the target drops (their feature gate is off):
     * what only validation would reject inside them (a missing required field, a value outside an
     * enumeration or pattern) is not reported, since the server never validates a dropped field.
     * What decoding rejects (a wrong type, an unknown field, a malformed quantity, an int32
     * overflow) still is.
     */
    public SchemaValidator(Schemas schemas, RuleCatalog catalog, KubeVersion target, DisabledFields disabledFields) {
        this.schemas = schemas;
        this.catalog = catalog;
        this.target = target;
        this.disabledFields = disabledFields;
    }

    /** Findings for one object, before defaults are applied (the API server validates what it got). */
    public List<Finding> validate(KubeObject object) {
        Optional<Schemas.ObjectSchema> schema;
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
        Set<PathAndMessage> seen = new HashSet<>();
        List<Node> dropped = disabledFields == null ? List.of()
                : disabledFields.find(object).stream().map(DisabledFields.Dropped::node).toList();
        // The OpenAPI "required" lists every field without omitempty; only validation decides which
        // of them the API server insists on (rbac/v1 defaults roleRef.apiGroup, an EndpointSlice may
        // omit endpoints). kwlint knows the validation of the kinds it models; for other built-in
        // kinds it reports what decoding and strict field validation reject: unknown fields, types, values.
        boolean requiredIsValidation = object.kind().isPresent();
        for (SchemaProblem problem : schema.get().validate(object.root())) {
            if (!requiredIsValidation && problem.keyword().equals("required")) {
                continue;
            }
            if (!dropped.isEmpty() && onlyValidationRejects(problem) && insideAny(locate(object.root(), problem.instancePath()), dropped)) {
                continue;
            }
            Finding finding = describe(object, problem);
            if (seen.add(new PathAndMessage(finding.fieldPath(), finding.message()))) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /**
     * No schema: a built-in kind at an apiVersion of its own is not unknown (a removed one is
     * removed-api-version's finding, not this one); anything else is reported only when the team
     * asked for strict kinds.
     */
    private List<Finding> missingSchema(KubeObject object) {
        boolean builtInKind = ApiVersions.lifecycle(object.apiVersion(), object.kindName()).isPresent();
        if (builtInKind) {
            return List.of();
        }
        Node at = object.root().get("kind");
        return List.of(finding(object, NO_SCHEMA, at, null, "none",
                object.kindName(), object.apiVersion(), target));
    }

    private static boolean onlyValidationRejects(SchemaProblem problem) {
        return switch (problem.keyword()) {
            case "required", "enum" -> true;
            case "pattern" -> !problem.quantity();
            default -> false;
        };
    }

    private static boolean insideAny(Node node, List<Node> ancestors) {
        for (Node current = node; current != null; current = current.parent()) {
            for (Node ancestor : ancestors) {
                if (current == ancestor) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding describe(KubeObject object, SchemaProblem problem) {
        Node at = locate(object.root(), problem.instancePath());
        return switch (problem.keyword()) {
            case "additionalProperties", "unevaluatedProperties" -> unknownField(object, problem, at);
            case "required" -> finding(object, REQUIRED_FIELD, at, at.path().child(String.valueOf(problem.property())),
                    "missing", problem.property());
            case "type" -> finding(object, FIELD_TYPE, at, at.path(), "type", label(at), problem.expectedTypes(), actual(at))
                    .withFix(quotedInteger(at, problem));
            case "enum" -> finding(object, FIELD_VALUE, at, at.path(), "enum", actualValue(at), problem.enumValues());
            case "pattern" -> problem.quantity()
                    ? finding(object, FIELD_VALUE, at, at.path(), "quantity", label(at), actualValue(at))
                    : finding(object, FIELD_VALUE, at, at.path(), "other", label(at), problem.message());
            case "minimum", "maximum" -> finding(object, FIELD_VALUE, at, at.path(), "range",
                    label(at), actualValue(at), problem.message());
            default -> finding(object, FIELD_VALUE, at, at.path(), "other", label(at), stripLocation(problem.message()));
        };
    }

    private Finding unknownField(KubeObject object, SchemaProblem problem, Node parent) {
        String name = problem.property();
        if (name == null) {
            return finding(object, FIELD_VALUE, parent, parent.path(), "other", label(parent), problem.message());
        }
        Node field = parent.get(name);
        Node at = field.isPresent() ? field.key().<Node>map(key -> key).orElse(field) : parent;
        String hint = Suggestions.closest(problem.knownProperties(), name)
                .map(known -> " — did you mean `" + known + "`?")
                .orElse("");
        Fix rename = Suggestions.closest(problem.knownProperties(), name)
                .filter(known -> !(parent instanceof MapNode map && map.has(known)))
                .map(known -> Fix.replacing("rename `" + name + "` to `" + known + "`", at, known))
                .orElse(null);
        return finding(object, UNKNOWN_FIELD, at, parent.path().child(name), "unknown", name, hint).withFix(rename);
    }

    /** {@code replicas: "3"} where an integer belongs: the fix writes the number unquoted. */
    private static Fix quotedInteger(Node at, SchemaProblem problem) {
        if (at instanceof ScalarNode scalar && !scalar.isPlain() && problem.expectedTypes() != null
                && problem.expectedTypes().equals("an integer") && scalar.text().matches("-?(0|[1-9][0-9]{0,17})")) {
            return Fix.replacing("write " + scalar.text() + " as a number", at, scalar.text());
        }
        return null;
    }

    /** The YAML node at a JSON instance location; the nearest existing ancestor if it is gone. */
    private static Node locate(Node root, List<Object> location) {
        Node node = root;
        for (Object element : location) {
            Node child = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
            if (!child.isPresent()) {
                return node;
            }
            node = child;
        }
        return node;
    }

    /** A finding's field and message: one schema problem reported twice (two branches of a schema) shows once. */
    private record PathAndMessage(FieldPath path, String message) {
    }

    private Finding finding(KubeObject object, String ruleId, Node at, FieldPath path, String messageId, Object... args) {
        RuleMetadata rule = catalog.get(ruleId);
        return rule.finding(messageId, new Location(object.file().displayPath(), at.anchorSpan()), object.ref(),
                path, List.of(), args);
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



    /** networknt prefixes messages with the instance location; the finding has its own. */
    private static String stripLocation(String message) {
        return message == null ? "" : message.replaceFirst("^\\S+: ", "");
    }

    /** Whether a finding comes from schema validation (the Linter drops those a rule explains better). */
    public static boolean isSchemaRule(String ruleId) {
        return RULES.contains(ruleId);
    }
}
