package io.kwlint.rule;

import io.kwlint.model.ObjectSet;

/** A rule that needs the whole set at once, e.g. to compare workloads with each other. */
public non-sealed interface SetRule extends Rule {

    /** Report on an object with {@code context.on(object)}. */
    void checkSet(ObjectSet objects, SetContext context);
}
