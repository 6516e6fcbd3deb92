package io.kwlint.finding;

import io.kwlint.yaml.FieldPath;
import java.util.Comparator;
import java.util.List;

/**
 * One problem kwlint reports: which rule, how serious, what to change, and exactly where: the
 * file position, the object ({@code Deployment/web}) and the field path the API server prints
 * ({@code spec.strategy.rollingUpdate.maxUnavailable}). Object and field path are null for
 * findings about a whole file (a YAML syntax error). The message id names the template of the
 * rule's page the message was made from. Findings are made by {@code RuleMetadata.finding}. A
 * finding whose cure is mechanical carries it as a {@link Fix}; {@code fix} is null otherwise.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, ObjectRef object,
        FieldPath fieldPath, List<Related> related, String messageId, Fix fix) {

    /** Another place that explains the finding, e.g. the Service a StatefulSet names. */
    public record Related(Location location, String message) {
    }

    public Finding {
        related = List.copyOf(related);
        if (fieldPath != null && fieldPath.isRoot()) {
            fieldPath = null; // the object itself: no field to name
        }
    }

    /** The object as reports print it ({@code Deployment/shop/web}), or null for a finding about a file. */
    public String objectName() {
        return object == null ? null : object.toString();
    }

    /** The field path as the API server prints it ({@code spec.template.spec.containers[0].image}), or null. */
    public String fieldPathText() {
        return fieldPath == null ? null : fieldPath.toString();
    }

    /** Report order: file, line, column, then rule and message so that equal places sort stably. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparing(f -> f.location().span().start())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.fieldPath() == null ? "" : f.fieldPathText());

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, object, fieldPath, related, messageId, fix);
    }

    /** The same finding with {@code newFix} (null for none). */
    public Finding withFix(Fix newFix) {
        return new Finding(ruleId, severity, message, location, object, fieldPath, related, messageId, newFix);
    }
}
