package io.kwlint.rules;

import io.kwlint.value.ImageReference;
import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** An image without a tag, or with :latest, changes under the workload without a manifest change. */
@RuleId("image-tag")
final class ImageTag implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Node image = container.node().get("image");
            image.asString().map(String::strip).filter(i -> !i.isEmpty() && !i.contains("@")).ifPresent(value -> {
                String tag = ImageReference.tag(value);
                if (tag == null) {
                    context.report(image, "no-tag", value, container.displayName());
                } else if (tag.equals("latest")) {
                    context.report(image, "latest", value, container.displayName());
                }
            });
        }
    }
}
