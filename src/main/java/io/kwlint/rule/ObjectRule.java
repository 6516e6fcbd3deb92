package io.kwlint.rule;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import java.util.Set;

/**
 * A rule that looks at one object at a time (it may still look up others through
 * {@link RuleContext#objects()}). The engine calls it for objects of its {@link #kinds()} only,
 * after API-server defaulting.
 */
public non-sealed interface ObjectRule extends Rule {

    Set<Kind> kinds();

    void check(KubeObject object, RuleContext context);
}
