package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** The API server's check of a label map: qualified-name keys and valid label values. */
public final class Labels {

    private Labels() {
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
