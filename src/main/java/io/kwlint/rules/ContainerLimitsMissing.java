package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** A container without a memory limit can take a node's memory from its neighbours. */
@RuleId("container-limits-missing")
final class ContainerLimitsMissing implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        boolean podLimit = context.enabled(Feature.POD_LEVEL_RESOURCES)
                && object.podSpec().at("resources.limits.memory").isPresent();
        if (podLimit) {
            return;
        }
        for (Container container : Container.of(object.podSpec())) {
            if (!container.runsAlongside(context.target()) || container.limits().get("memory").isPresent()) {
                continue;
            }
            Node resources = container.node().get("resources");
            Node at = resources.isPresent() ? resources : container.node().get("name");
            context.finding(at, "memory", container.displayName())
                    .path(container.node().path().child("resources").child("limits")).report();
        }
    }
}
