package io.kwlint.yaml;

/** The JSON type a YAML scalar becomes when kubectl converts the document to JSON. */
public enum ScalarType {
    NULL("null"),
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    FLOAT("a number"),
    STRING("a string");

    private final String description;

    ScalarType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
