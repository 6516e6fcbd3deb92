package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.Labels;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.ScalarType;

/**
 * Labels, annotations and node selectors the API server rejects: keys that are not qualified
 * names, label values that are not label values or not strings, annotations over 256 KiB.
 */
@RuleId("labels-invalid")
final class LabelsInvalid implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        checkMetadata(object.metadata(), FieldPath.of("metadata"), context);
        if (object.is(Kind.CRON_JOB)) {
            checkMetadata(object.spec().at("jobTemplate.metadata"), FieldPath.of("spec.jobTemplate.metadata"), context);
        }
        if (object.isWorkload() && !object.is(Kind.POD)) {
            Node template = object.podTemplate();
            // ValidatePodTemplateSpec prints the template's labels and annotations as
            // spec.template.labels and spec.template.annotations (fldPath.Child("labels"), sic).
            checkLabels(template.at("metadata.labels"), template.path().child("labels"), context);
            checkAnnotations(template.at("metadata.annotations"), template.path().child("annotations"), context);
        }
        if (object.isWorkload()) {
            Node nodeSelector = object.podSpec().get("nodeSelector");
            checkLabels(nodeSelector, nodeSelector.path(), context);
        }
    }

    private static void checkMetadata(Node metadata, FieldPath path, RuleContext context) {
        checkLabels(metadata.get("labels"), path.child("labels"), context);
        checkAnnotations(metadata.get("annotations"), path.child("annotations"), context);
    }

    private static void checkLabels(Node labels, FieldPath path, RuleContext context) {
        if (!(labels instanceof MapNode map)) {
            return;
        }
        notStrings(map, context);
        Labels.validate(map, path).forEach(error -> context.report(error, "invalid"));
    }

    private static void checkAnnotations(Node annotations, FieldPath path, RuleContext context) {
        if (!(annotations instanceof MapNode map)) {
            return;
        }
        notStrings(map, context);
        Labels.validateAnnotations(map, path).forEach(error -> context.report(error, "invalid"));
    }

    /** {@code version: 1.0} is a number, {@code enabled: yes} a boolean: the object does not decode. */
    private static void notStrings(MapNode map, RuleContext context) {
        for (MapNode.Entry entry : map.entries()) {
            if (entry.value() instanceof ScalarNode scalar && scalar.type() != ScalarType.STRING
                    && scalar.type() != ScalarType.NULL) {
                context.report(scalar, "not-string", entry.name(), scalar.describeType(), ApiError.quote(scalar.text()));
            }
        }
    }
}
