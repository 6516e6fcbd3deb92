package io.kwlint.schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the Java models lose and kwlint's schemas restore, read from schemas/generator/overlay.yaml:
 * schemas for Java types (int-or-string, quantities, timestamps), and per-field additions
 * (enums, formats, list-map keys). Nothing in the generated files is edited by hand.
 */
final class Overlay {

    private final Map<String, Map<String, Object>> types;
    private final Map<String, Map<String, Object>> fields;

    private Overlay(Map<String, Map<String, Object>> types, Map<String, Map<String, Object>> fields) {
        this.types = types;
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    static Overlay read(Path file) throws IOException {
        Object loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(Files.readString(file));
        Map<String, Object> root = (Map<String, Object>) loaded;
        return new Overlay(section(root, "types"), section(root, "fields"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> section(Map<String, Object> root, String name) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        Object section = root.get(name);
        if (section instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), (Map<String, Object>) v));
        }
        return result;
    }

    /** The schema of a Java type the models cannot describe, e.g. io.kubernetes.client.custom.Quantity. */
    Map<String, Object> typeSchema(String javaType) {
        return types.get(javaType);
    }

    /** Keywords to add to the property {@code Model.field}, e.g. an enum. */
    Map<String, Object> fieldAdditions(String modelField) {
        return fields.getOrDefault(modelField, Map.of());
    }

    Map<String, Map<String, Object>> fields() {
        return fields;
    }
}
