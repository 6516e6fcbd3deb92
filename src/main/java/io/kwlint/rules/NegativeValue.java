package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;
import java.util.Map;

/** Counts and durations the API server requires to be zero or more. */
@RuleId("negative-value")
final class NegativeValue implements ObjectRule {

    private static final List<String> JOB_FIELDS = List.of("parallelism", "completions", "activeDeadlineSeconds",
            "backoffLimit", "ttlSecondsAfterFinished", "backoffLimitPerIndex", "maxFailedIndexes");

    /** Fields under {@code spec}, per kind. */
    private static final Map<Kind, List<String>> FIELDS = Map.of(
            Kind.DEPLOYMENT, List.of("replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"),
            Kind.REPLICA_SET, List.of("replicas", "minReadySeconds"),
            Kind.STATEFUL_SET, List.of("replicas", "minReadySeconds", "updateStrategy.rollingUpdate.partition", "ordinals.start"),
            Kind.DAEMON_SET, List.of("minReadySeconds", "templateGeneration", "revisionHistoryLimit"),
            Kind.JOB, JOB_FIELDS,
            Kind.CRON_JOB, List.of("startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"));


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.spec();
        for (String field : FIELDS.get(object.kind().orElseThrow())) {
            checkField(spec.at(field), context);
        }
        if (object.is(Kind.CRON_JOB)) {
            for (String field : JOB_FIELDS) {
                checkField(spec.at("jobTemplate.spec." + field), context);
            }
        }
    }

    private static void checkField(Node value, RuleContext context) {
        if (value.asLong().orElse(0) < 0) {
            context.report(ApiError.negative(value), "negative");
        }
    }
}
