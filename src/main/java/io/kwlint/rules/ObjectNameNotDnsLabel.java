package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;

/** The API server's warning for controller names that are valid but not DNS labels. */
@RuleId("object-name-not-dns-label")
final class ObjectNameNotDnsLabel implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node name = object.metadata().get("name");
        name.asString().filter(n -> !n.isEmpty())
                .filter(n -> KubeValidation.dns1123Subdomain(n).isEmpty() && !KubeValidation.dns1123Label(n).isEmpty())
                .ifPresent(n -> context.report(name, "not-label", n, String.join("; ", KubeValidation.dns1123Label(n))));
    }
}
