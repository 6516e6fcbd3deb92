package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.HashMap;
import java.util.Map;

/** The API server's warning for an environment variable defined twice in one container. */
@RuleId("duplicate-env")
final class DuplicateEnv implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Map<String, Node> earlier = new HashMap<>();
            for (Node env : container.node().get("env").items()) {
                Node name = env.get("name");
                name.asString().ifPresent(n -> {
                    Node first = earlier.get(n);
                    // Redefining X as "$(X):more" (not valueFrom) deliberately builds on the earlier value.
                    boolean extends_ = !env.get("valueFrom").isPresent()
                            && env.get("value").asString().filter(v -> v.contains("$(" + n + ")")).isPresent();
                    if (first != null && !extends_) {
                        context.finding(name, "hides", n, container.displayName())
                                .related(object, first, "the first definition").report();
                    }
                    earlier.putIfAbsent(n, name);
                });
            }
        }
    }
}
