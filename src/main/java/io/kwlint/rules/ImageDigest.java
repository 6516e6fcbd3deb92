package io.kwlint.rules;

import io.kwlint.value.ImageReference;
import io.kwlint.model.Container;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;

/** Opt-in: every image pinned by digest, so that what runs is exactly what was reviewed. */
@RuleId("image-digest")
final class ImageDigest implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Node image = container.node().get("image");
            image.asString().map(String::strip).filter(i -> !i.isEmpty() && !ImageReference.hasDigest(i))
                    .ifPresent(value -> context.report(image, "no-digest", value, container.displayName()));
        }
    }
}
