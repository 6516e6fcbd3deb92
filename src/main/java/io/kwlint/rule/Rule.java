package io.kwlint.rule;

/** A rule: either an {@link ObjectRule} or a {@link SetRule}. Rules are stateless. */
public sealed interface Rule permits ObjectRule, SetRule {
}
