package io.kwlint.rule;

import io.kwlint.finding.Finding;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import java.util.function.Consumer;

/** What every rule of one run shares: the target version, the loaded objects, where findings go. */
public record CheckScope(KubeVersion kubeVersion, ObjectSet objects, Consumer<Finding> sink) {
}
