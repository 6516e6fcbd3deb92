package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;

/**
 * Every container needs an image. A template's image may have surrounding spaces (the API server
 * does not check), but every pod created from it is then rejected.
 */
@RuleId("container-image")
final class ContainerImage implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        for (Container container : Container.of(object.podSpec())) {
            Node image = container.node().get("image");
            if (image.isPresent() && image.asString().isEmpty()) {
                continue; // not a string: the schema check reports the type
            }
            String value = image.asString().orElse("");
            if (value.isBlank()) {
                context.report(ApiError.required(image, ""), "required");
            } else if (!value.strip().equals(value)) {
                ApiError error = ApiError.invalid(image, ApiError.quote(value),
                        "must not have leading or trailing whitespace");
                context.report(error, object.is(Kind.POD) ? "whitespace" : "whitespace-template");
            }
        }
    }
}
