package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** A StatefulSet without serviceName gives its pods no stable DNS names. */
@RuleId("statefulset-service-name-missing")
final class StatefulsetServiceNameMissing implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node serviceName = object.spec().get("serviceName");
        if (object.spec().isPresent() && serviceName.asString().filter(s -> !s.isBlank()).isEmpty()) {
            context.report(serviceName, "missing", object.name() == null ? "web" : object.name());
        }
    }
}
