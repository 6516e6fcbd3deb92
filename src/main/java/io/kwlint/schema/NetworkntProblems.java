package io.kwlint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * A team's schema (a CRD's, from {@code --schema-location}) may use any JSON Schema keyword, so
 * networknt validates those objects, on the JSON kubectl would send; its errors become the same
 * {@link SchemaProblem}s kwlint's own validator reports.
 */
final class NetworkntProblems {

    private NetworkntProblems() {
    }

    static List<SchemaProblem> of(Schema schema, Node root, Schemas schemas) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(JsonInstance.of(root))) {
            problems.add(problem(error, schemas));
        }
        return problems;
    }

    private static SchemaProblem problem(Error error, Schemas schemas) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        List<Object> path = new ArrayList<>();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.add(element instanceof Integer index ? index : String.valueOf(element));
        }
        String property = error.getProperty();
        if (keyword.equals("required") && property == null && error.getArguments() != null
                && error.getArguments().length > 0) {
            property = String.valueOf(error.getArguments()[0]);
        }
        Set<String> known = keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")
                ? knownProperties(error, schemas) : Set.of();
        return new SchemaProblem(keyword, path, property, known, expectedTypes(error.getSchemaNode()),
                enumValues(error.getSchemaNode()), isQuantityPattern(error.getSchemaNode()), error.getMessage());
    }

    /** The property names the object's schema declares, read next to the failing keyword. */
    private static Set<String> knownProperties(Error error, Schemas schemas) {
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

    private static String expectedTypes(JsonNode schemaNode) {
        JsonNode types = schemaNode != null && schemaNode.isObject() ? schemaNode.get("type") : schemaNode;
        if (types == null) {
            return "of another type";
        }
        List<String> names = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(type -> names.add(SchemaProblem.typeName(type.asString())));
        } else {
            names.add(SchemaProblem.typeName(types.asString()));
        }
        return String.join(" or ", names);
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
        return pattern != null && pattern.isString() && pattern.asString().startsWith(SchemaProblem.QUANTITY_PATTERN_START);
    }
}
