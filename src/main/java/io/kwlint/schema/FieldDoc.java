package io.kwlint.schema;

/**
 * What the bundled schema of the target version says of a field: for an editor's hover.
 *
 * @param path        the field's path in its object ({@code spec.template.spec.containers[0].image})
 * @param type        its JSON type as the schema gives it ({@code integer (int32)}, {@code array}), or empty
 * @param description the API's own description of the field (or of its type, where the field has none), or empty
 */
public record FieldDoc(String path, String type, String description) {
}
