package io.kwlint.rule;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of problem a rule finds: the {@code category} of its page, in the order the rule
 * catalogue (rules/README.md, {@code kwlint rules}) lists them, with the catalogue's heading.
 */
public enum Category {
    API_REJECTED("Rejected by the API server"),
    SCHEMA("Rejected by strict field validation (JSON schemas per Kubernetes minor)"),
    CONTROLLER("Accepted, but the controllers fail or misbehave"),
    CORRECTNESS("Accepted, but wrong"),
    RELIABILITY("Reliability"),
    RESOURCES("Resources"),
    SECURITY("Security (Pod Security Standards and hardening)"),
    BEST_PRACTICE("Best practice"),
    INPUT("Input (reported by the engine itself)");

    private final String heading;

    Category(String heading) {
        this.heading = heading;
    }

    /** The page's spelling: {@code api-rejected}, {@code best-practice}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The catalogue's heading for the rules of this category. */
    public String heading() {
        return heading;
    }

    /** True when the API server refuses an object that has such a finding (as opposed to accepting it). */
    public boolean rejectsObject() {
        return this == API_REJECTED || this == SCHEMA;
    }

    public static Optional<Category> named(String id) {
        for (Category category : values()) {
            if (category.id().equals(id)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
