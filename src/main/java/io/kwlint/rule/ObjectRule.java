package io.kwlint.rule;

import io.kwlint.model.KubeObject;

/**
 * A rule that looks at one object at a time (it may still look up others through
 * {@link RuleContext#objects()}). The engine calls it for objects of the kinds its page lists
 * ({@code kinds:} in {@code rules/<id>.md}), after API-server defaulting.
 */
public non-sealed interface ObjectRule extends Rule {

    void check(KubeObject object, RuleContext context);
}
