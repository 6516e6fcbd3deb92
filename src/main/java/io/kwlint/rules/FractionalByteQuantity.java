package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import java.util.List;

/** Memory and storage are counted in bytes: a fraction of a byte ("100m" memory) is a mistake. */
@RuleId("fractional-byte-quantity")
final class FractionalByteQuantity implements ObjectRule {

    private static final List<String> BYTE_RESOURCES = List.of("memory", "ephemeral-storage");


    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            check(container.node().get("resources"), context);
        }
        check(object.podSpec().get("resources"), context);
    }

    private static void check(Node resources, RuleContext context) {
        for (String list : List.of("requests", "limits")) {
            for (String resource : BYTE_RESOURCES) {
                Node value = resources.get(list).get(resource);
                if (value.isDefaulted()) {
                    continue;
                }
                Quantity.of(value).filter(q -> !q.isInteger()).ifPresent(q ->
                        context.report(value, "fractional", ((ScalarNode) value).text(), resource));
            }
        }
    }
}
