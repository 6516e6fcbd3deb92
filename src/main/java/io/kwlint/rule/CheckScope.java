package io.kwlint.rule;

import io.kwlint.finding.Finding;
import io.kwlint.model.Target;
import io.kwlint.model.ObjectSet;
import java.util.function.Consumer;

/** What every rule of one run shares: the target cluster, the loaded objects, where findings go. */
public record CheckScope(Target target, ObjectSet objects, Consumer<Finding> sink) {
}
