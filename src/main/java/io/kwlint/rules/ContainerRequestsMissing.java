package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/** A container without cpu or memory requests is scheduled as if it needed nothing. */
@RuleId("container-requests-missing")
final class ContainerRequestsMissing implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podRequests = context.enabled(Feature.POD_LEVEL_RESOURCES)
                ? object.podSpec().at("resources.requests") : object.podSpec().absentChild("resources").get("requests");
        for (Container container : Container.of(object.podSpec())) {
            if (!container.runsAlongside(context.target())) {
                continue; // a plain init container runs alone, before the pod's real work
            }
            List<String> missing = new ArrayList<>();
            for (String resource : List.of("cpu", "memory")) {
                if (!container.requests().get(resource).isPresent() && !podRequests.get(resource).isPresent()) {
                    missing.add(resource);
                }
            }
            if (!missing.isEmpty()) {
                Node resources = container.node().get("resources");
                Node at = resources.isPresent() ? resources : container.node().get("name");
                context.finding(at, "missing", container.displayName(), String.join(" and ", missing))
                        .path(container.node().path().child("resources").child("requests"))
                        .report();
            }
        }
    }
}
