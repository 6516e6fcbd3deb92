package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.Optional;

/** The Service a StatefulSet names is not among the manifests checked together with it. */
@RuleId("statefulset-service-not-found")
final class StatefulsetServiceNotFound implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node serviceName = object.spec().get("serviceName");
        Optional<String> name = serviceName.asString().filter(s -> !s.isBlank());
        if (name.isPresent() && context.objects().find(Kind.SERVICE, name.get(), object).isEmpty()) {
            context.report(serviceName, "not-found", name.get());
        }
    }
}
