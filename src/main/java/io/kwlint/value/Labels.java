package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** The API server's checks of label and annotation maps. */
public final class Labels {

    /** The most bytes all annotations of an object may hold, keys and values together. */
    public static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

    private Labels() {
    }

    /** Annotation keys are qualified names (compared in lower case); their total size is bounded. */
    public static List<ApiError> validateAnnotations(MapNode annotations, FieldPath path) {
        List<ApiError> errors = new ArrayList<>();
        long bytes = 0;
        for (MapNode.Entry entry : annotations.entries()) {
            for (String message : KubeValidation.qualifiedName(entry.name().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(ApiError.invalid(entry.keyNode() != null ? entry.keyNode() : entry.value(), path,
                        ApiError.quote(entry.name()), message));
            }
            bytes += entry.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (entry.value() instanceof ScalarNode scalar && !scalar.isNull()) {
                bytes += scalar.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        if (bytes > ANNOTATIONS_MAX_BYTES) {
            errors.add(new ApiError(annotations, path, ApiError.Type.TOO_LONG, null,
                    "must have at most " + ANNOTATIONS_MAX_BYTES + " bytes"));
        }
        return errors;
    }

    /** Errors for a labels map, with {@code path} as the API server prints it (the map's own path). */
    public static List<ApiError> validate(MapNode labels, FieldPath path) {
        List<ApiError> errors = new ArrayList<>();
        for (MapNode.Entry entry : labels.entries()) {
            for (String message : KubeValidation.qualifiedName(entry.name())) {
                errors.add(ApiError.invalid(entry.keyNode() != null ? entry.keyNode() : entry.value(), path,
                        ApiError.quote(entry.name()), message));
            }
            if (entry.value() instanceof ScalarNode scalar) {
                String value = scalar.isNull() ? "" : scalar.text();
                for (String message : KubeValidation.labelValue(value)) {
                    errors.add(ApiError.invalid(scalar, path, ApiError.quote(value), message));
                }
            }
        }
        return errors;
    }
}
