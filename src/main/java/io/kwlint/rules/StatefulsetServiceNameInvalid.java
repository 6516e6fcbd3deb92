package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;

/**
 * serviceName becomes every pod's subdomain, which must be a DNS label: validated by the API
 * server since 1.33 (kubernetes#130233); before, the controller fails to create the pods.
 */
@RuleId("statefulset-service-name-invalid")
final class StatefulsetServiceNameInvalid implements ObjectRule {

    private static final int VALIDATED_SINCE = 33;


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node serviceName = object.spec().get("serviceName");
        serviceName.asString().filter(name -> !name.isEmpty()).ifPresent(name -> {
            for (String message : KubeValidation.dns1123Label(name)) {
                ApiError error = ApiError.invalid(serviceName, ApiError.quote(name), message);
                context.report(error, context.kubeVersion().atLeast(VALIDATED_SINCE) ? "invalid" : "pods-fail");
            }
        });
    }
}
