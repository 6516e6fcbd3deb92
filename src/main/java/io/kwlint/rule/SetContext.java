package io.kwlint.rule;

import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.Target;

/** What a {@link SetRule} sees: the run's scope, and a way to report on any object. */
public final class SetContext {

    private final RuleMetadata rule;
    private final CheckScope scope;

    public SetContext(RuleMetadata rule, CheckScope scope) {
        this.rule = rule;
        this.scope = scope;
    }

    public KubeVersion kubeVersion() {
        return scope.target().version();
    }

    public Target target() {
        return scope.target();
    }

    /** The context for reporting on {@code object}. */
    public RuleContext on(KubeObject object) {
        return new RuleContext(rule, object, scope);
    }
}
