package io.kwlint.schema;

import java.util.List;
import java.util.Set;

/**
 * One schema violation, whichever validator found it (kwlint's own for its bundled schemas,
 * networknt for a team's): the keyword, where in the instance (field names and list indexes from
 * the object's root), and what the message needs.
 *
 * @param keyword       the failing keyword: type, enum, pattern, minimum, maximum, required,
 *                      additionalProperties, or another one
 * @param instancePath  field names (String) and list indexes (Integer) from the object's root
 * @param property      the missing (required) or unknown (additionalProperties) property, or null
 * @param knownProperties for an unknown property: the properties the schema declares there
 * @param expectedTypes for type: "an integer", "a string or a number"
 * @param enumValues    for enum: {@code "A", "B"}
 * @param quantity      for pattern: whether the pattern is the Kubernetes quantity syntax
 * @param message       the validator's own text, for keywords kwlint does not word itself
 */
record SchemaProblem(String keyword, List<Object> instancePath, String property, Set<String> knownProperties,
        String expectedTypes, String enumValues, boolean quantity, String message) {

    static final String QUANTITY_PATTERN_START = "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)";

    SchemaProblem {
        instancePath = List.copyOf(instancePath);
        knownProperties = knownProperties == null ? Set.of() : knownProperties;
    }

    /** "an integer" for a JSON Schema type name. */
    static String typeName(String jsonType) {
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
}
