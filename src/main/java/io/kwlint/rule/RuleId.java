package io.kwlint.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a rule class with its id. Everything else about the rule (title, severity, messages,
 * documentation) is in {@code rules/<id>.md}; the class is found from the id by convention:
 * {@code job-restart-policy} is {@code io.kwlint.rules.JobRestartPolicy}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleId {
    String value();
}
