package io.kwlint.rules;

import io.kwlint.model.Feature;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** A Job's pods must restart Never or OnFailure; the pod default, Always, is rejected. */
@RuleId("job-restart-policy")
final class JobRestartPolicy implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node policy = object.podSpec().get("restartPolicy");
        if (!object.podSpec().isPresent()) {
            return;
        }
        if (policy.isDefaulted()) {
            context.report(policy, "missing");
        } else if (!policy.is("Never") && !policy.is("OnFailure")) {
            RuleContext.FindingBuilder finding = context.finding(policy, "not-allowed", policy.asString().orElse(policy.describeType()));
            if (policy.is("Always")) {
                finding.fix("set restartPolicy to OnFailure", policy, "OnFailure");
            }
            finding.report();
        } else if (policy.is("OnFailure") && context.enabled(Feature.JOB_POD_FAILURE_POLICY)) {
            Node jobSpec = object.is(Kind.CRON_JOB) ? object.spec().at("jobTemplate.spec") : object.spec();
            Node podFailurePolicy = jobSpec.get("podFailurePolicy");
            if (podFailurePolicy.isPresent()) {
                context.finding(policy, "on-failure-with-pod-failure-policy")
                        .related(object, podFailurePolicy, "the podFailurePolicy")
                        .fix("set restartPolicy to Never", policy, "Never")
                        .report();
            }
        }
    }
}
