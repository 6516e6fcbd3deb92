package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/**
 * A rolling update trusts readiness: without a readiness probe a pod counts as available as soon
 * as its containers start, and old pods are removed before the new ones can serve.
 */
@RuleId("readiness-probe-missing")
final class ReadinessProbeMissing implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        String strategyField = object.is(Kind.DEPLOYMENT) ? "strategy" : "updateStrategy";
        if (!object.spec().get(strategyField).get("type").is("RollingUpdate")) {
            return;
        }
        for (Container container : Container.of(object.podSpec())) {
            if (container.init()) {
                continue;
            }
            Node probe = container.node().get("readinessProbe");
            if (!probe.isPresent()) {
                Node at = container.node().get("name").isPresent() ? container.node().get("name") : container.node();
                context.finding(at, "missing", container.displayName(), object.kindName()).path(probe.path()).report();
            }
        }
    }
}
