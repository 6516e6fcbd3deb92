package io.kwlint.rule;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Fix;
import io.kwlint.finding.Location;
import io.kwlint.model.CreateValidation;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.Target;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/** What a rule sees while it checks one object, and how it reports. */
public final class RuleContext {

    private final RuleMetadata rule;
    private final KubeObject object;
    private final CheckScope scope;

    public RuleContext(RuleMetadata rule, KubeObject object, CheckScope scope) {
        this.rule = rule;
        this.object = object;
        this.scope = scope;
    }

    /** The Kubernetes version whose API server kwlint imitates in this run. */
    public KubeVersion kubeVersion() {
        return scope.target().version();
    }

    /** The version and feature gates of the cluster kwlint imitates. */
    public Target target() {
        return scope.target();
    }

    /** Whether a feature gate is on in the target cluster. */
    public boolean enabled(Feature feature) {
        return scope.target().enabled(feature);
    }

    /** Every object loaded together with this one. */
    public ObjectSet objects() {
        return scope.objects();
    }

    public KubeObject object() {
        return object;
    }

    /** Reports a finding at {@code at}, with the message {@code messageId} of the rule's doc. */
    public void report(Node at, String messageId, Object... args) {
        finding(at, messageId, args).report();
    }

    /** Reports an API-server validation error: its node, its path, and {@code {0}} = its text. */
    public void report(ApiError error, String messageId) {
        finding(error, messageId).report();
    }

    /** Starts the finding of an API-server validation error, for a fix or related places. */
    public FindingBuilder finding(ApiError error, String messageId) {
        return finding(error.at(), messageId, error.body()).path(error.path());
    }

    /** Starts a finding that needs more than a place and a message (a path, related places). */
    public FindingBuilder finding(Node at, String messageId, Object... args) {
        return new FindingBuilder(at, messageId, rule.format(messageId, args));
    }

    /** A finding under construction; nothing is reported until {@link #report()}. */
    public final class FindingBuilder {
        private final Node at;
        private final String messageId;
        private final String message;
        private FieldPath path;
        private final List<Finding.Related> related = new ArrayList<>();
        private Fix fix;

        private FindingBuilder(Node at, String messageId, String message) {
            this.at = at;
            this.messageId = messageId;
            this.message = message;
            this.path = at.path();
        }

        /** The field path to print when it differs from the node's own (the API server's choice). */
        public FindingBuilder path(FieldPath fieldPath) {
            this.path = fieldPath;
            return this;
        }

        /**
         * The finding's mechanical cure: the scalar {@code node} (a value or a key, as written in
         * the file) becomes {@code replacement}, e.g. {@code restartPolicy: Always} becomes
         * {@code OnFailure}. A node the file does not hold (a default, a missing field) gets no fix.
         */
        public FindingBuilder fix(String description, Node node, String replacement) {
            fix = Fix.replacing(description, node, replacement);
            return this;
        }

        /** The finding's mechanical cure: the field {@code name: value} added to the mapping {@code map}. */
        public FindingBuilder fixAdding(String description, Node map, String name, String value) {
            fix = Fix.addingField(description, map, name, value);
            return this;
        }

        /** The finding's mechanical cure, made by the rule from several edits (or null: none). */
        public FindingBuilder fix(Fix cure) {
            fix = cure;
            return this;
        }

        /** Another place that explains the finding, in this object or another one. */
        public FindingBuilder related(KubeObject other, Node node, String text) {
            related.add(new Finding.Related(new Location(other.file().displayPath(), node.anchorSpan()), text));
            return this;
        }

        public void report() {
            Location location = new Location(object.file().displayPath(), at.anchorSpan());
            String text = message;
            if (rule.category() == Category.API_REJECTED && CreateValidation.deferredToController(object,
                    path.isRoot() ? null : path.toString(), scope.target().version())) {
                text += CreateValidation.controllerNote(scope.target().version());
            }
            scope.sink().accept(rule.findingWithText(messageId, text, location, object.ref(), path, related).withFix(fix));
        }
    }
}
