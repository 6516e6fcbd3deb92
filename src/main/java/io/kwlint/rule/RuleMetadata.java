package io.kwlint.rule;

import io.kwlint.KwlintInfo;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.ObjectRef;
import io.kwlint.finding.Severity;
import io.kwlint.model.Kind;
import io.kwlint.yaml.FieldPath;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a rule, read from its page {@code rules/<id>.md}: the front matter
 * gives the facts, the body the explanation and the examples that tests run.
 *
 * @param builtin          true for findings the engine itself reports (unreadable files, YAML
 *                         syntax), which have a page but no rule class
 * @param enabledByDefault false for opt-in rules (front matter {@code enabled: false})
 * @param supersedes       schema rules whose findings on the same field this rule's errors make redundant
 * @param fix              what the rule's mechanical fix does (front matter {@code fix}), or "" if it has none
 */
public record RuleMetadata(
        String id,
        String title,
        String summary,
        Severity severity,
        Category category,
        List<String> kinds,
        String since,
        String precision,
        List<String> tags,
        Map<String, String> messages,
        List<String> related,
        boolean builtin,
        boolean enabledByDefault,
        String body,
        String why,
        List<String> badExamples,
        List<String> goodExamples,
        List<String> supersedes,
        String fix) {

    /** {@code 1} or {@code 1:replica|replicas}: an argument, and the noun that agrees with it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\d+)(?::([^|{}]+)\\|([^|{}]+))?");

    /**
     * The kinds of the page's {@code kinds}: the engine calls an {@link ObjectRule} for objects of
     * these kinds only, so the page is the one place that says what a rule looks at.
     */
    public Set<Kind> appliesTo() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String name : this.kinds) {
            Kind.named(name).ifPresent(kinds::add);
        }
        return kinds;
    }

    /** The rule's published page, under this build's {@link KwlintInfo#docsBaseUrl()}. */
    public String helpUri() {
        return helpUri(KwlintInfo.docsBaseUrl());
    }

    /** The rule's page under {@code docsBaseUrl} (a team's mirror of the rule pages). */
    public String helpUri(String docsBaseUrl) {
        return KwlintInfo.withTrailingSlash(docsBaseUrl) + id + ".md";
    }

    /** The first paragraph of the "Why" section: one or two sentences on why it matters. */
    public String fullDescription() {
        String[] paragraphs = why.strip().split("\\n\\s*\\n");
        return paragraphs.length == 0 || paragraphs[0].isBlank() ? summary : paragraphs[0].replace('\n', ' ').strip();
    }

    /** The rule's name in SARIF: its id in PascalCase, e.g. {@code JobRestartPolicy}. */
    public String pascalName() {
        return toPascalCase(id);
    }

    /**
     * The one way to make a finding of this rule: its message from the page's template
     * {@code messageId} and {@code args}, at {@code location}, about {@code object} (null for a whole
     * file) and {@code fieldPath} (null if none).
     */
    public Finding finding(String messageId, Location location, ObjectRef object, FieldPath fieldPath,
            List<Finding.Related> related, Object... args) {
        return new Finding(id, severity, format(messageId, args), location, object, fieldPath, related, messageId, null);
    }

    /** As {@link #finding}, with a message already made (the reason a rule's own text adds). */
    public Finding findingWithText(String messageId, String message, Location location, ObjectRef object,
            FieldPath fieldPath, List<Finding.Related> related) {
        return new Finding(id, severity, message, location, object, fieldPath, related, messageId, null);
    }

    /**
     * Fills a message template: {@code {0}}, {@code {1}}... become the arguments' text, and
     * {@code {1:replica|replicas}} the argument followed by the word that agrees with it
     * ({@code 1 replica}, {@code 3 replicas}).
     */
    public String format(String messageId, Object... args) {
        String template = messages.get(messageId);
        if (template == null) {
            throw new IllegalArgumentException("rule " + id + " has no message '" + messageId + "'; rules/" + id
                    + ".md declares " + messages.keySet());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            Matcher placeholder = close > i + 1 ? PLACEHOLDER.matcher(template.substring(i + 1, close)) : null;
            if (placeholder != null && placeholder.matches()) {
                int index = Integer.parseInt(placeholder.group(1));
                if (index >= args.length) {
                    out.append(template, i, close + 1);
                } else {
                    String value = String.valueOf(args[index]);
                    out.append(value);
                    if (placeholder.group(2) != null) {
                        out.append(' ').append(value.equals("1") ? placeholder.group(2) : placeholder.group(3));
                    }
                }
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String toPascalCase(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
