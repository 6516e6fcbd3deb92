package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.Span;
import io.kwlint.yaml.YamlComment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings a team has decided to accept, written next to the manifest:
 * <ul>
 *   <li>an annotation on the object, {@code kwlint.io/ignore: "rule-a,rule-b"}, with an optional
 *       {@code kwlint.io/ignore-reason}, for every finding of those rules on that object;</li>
 *   <li>a comment {@code # kwlint:ignore rule-a[,rule-b] reason}, at the end of the line a finding
 *       points at, or alone on the line above it.</li>
 * </ul>
 * A suppression of a rule that ran and found nothing there is itself reported
 * ({@code unused-suppression}), so that stale ones do not pile up.
 */
final class Suppressions {

    static final String ANNOTATION = "kwlint.io/ignore";
    static final String UNUSED_RULE = "unused-suppression";
    /** The text every suppression comment holds. */
    static final String COMMENT_DIRECTIVE = "kwlint:ignore";
    private static final Pattern COMMENT = Pattern.compile("#\\s*kwlint:ignore(?:\\s+([^\\s#]+))?(?:\\s+(.*))?$");

    /** One rule suppressed in one place; {@code used} once it hides a finding. */
    private static final class Entry {
        final String rule;
        final Location location;
        final Predicate<Finding> covers;
        boolean used;

        Entry(String rule, Location location, Predicate<Finding> covers) {
            this.rule = rule;
            this.location = location;
            this.covers = covers;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** The entries by the file they are in: a finding is only tested against its own file's. */
    private final Map<String, List<Entry>> byFile = new HashMap<>();

    /** The suppressions of the loaded files (their comments, by display path) and of the objects' annotations. */
    static Suppressions collect(Map<String, SourceFile> files, Map<String, List<YamlComment>> comments,
            List<KubeObject> objects) {
        Suppressions suppressions = new Suppressions();
        objects.forEach(suppressions::annotation);
        comments.forEach((path, fileComments) -> suppressions.comments(files.get(path), fileComments));
        for (Entry entry : suppressions.entries) {
            suppressions.byFile.computeIfAbsent(entry.location.file(), f -> new ArrayList<>()).add(entry);
        }
        return suppressions;
    }

    private void annotation(KubeObject object) {
        Node value = object.metadata().get("annotations").get(ANNOTATION);
        if (!value.isPresent() || value.asString().isEmpty()) {
            return;
        }
        String file = object.file().displayPath();
        io.kwlint.finding.ObjectRef ref = object.ref();
        Location location = new Location(file, value.anchorSpan());
        for (String rule : rules(value.asString().get())) {
            entries.add(new Entry(rule, location, f -> f.location().file().equals(file) && ref.equals(f.object())
                    && f.ruleId().equals(rule)));
        }
    }

    /**
     * {@code # kwlint:ignore ...} comments as the YAML parser read them, so that the same text
     * inside a block scalar or a quoted string (a script in {@code args}) suppresses nothing. A
     * comment alone on its line applies to the next line with content; otherwise to its own line.
     */
    private void comments(SourceFile source, List<YamlComment> comments) {
        String file = source.displayPath();
        for (YamlComment comment : comments) {
            Matcher directive = COMMENT.matcher("#" + comment.text());
            if (!directive.find() || directive.start() != 0) {
                continue;
            }
            int line = comment.start().line();
            int target = comment.ownLine() ? nextContentLine(source, line) : line;
            Location location = new Location(file, Span.at(comment.start()));
            String listed = directive.group(1) == null ? "" : directive.group(1);
            for (String rule : rules(listed)) {
                entries.add(new Entry(rule, location, f -> f.location().file().equals(file)
                        && f.location().line() == target && f.ruleId().equals(rule)));
            }
            if (listed.isEmpty()) {
                entries.add(new Entry("", location, f -> false));
            }
        }
    }

    /** The line a comment alone on its line applies to: the next one that is neither blank nor a comment. */
    private static int nextContentLine(SourceFile file, int after) {
        for (int n = after + 1; n <= file.lineCount(); n++) {
            String line = file.line(n).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return n;
            }
        }
        return -1;
    }

    private static Set<String> rules(String list) {
        Set<String> rules = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(rules::add);
        return rules;
    }

    /** Whether a finding is suppressed; marks the suppressions that cover it as used. */
    boolean hides(Finding finding) {
        boolean hidden = false;
        for (Entry entry : byFile.getOrDefault(finding.location().file(), List.of())) {
            if (entry.covers.test(finding)) {
                entry.used = true;
                hidden = true;
            }
        }
        return hidden;
    }

    /**
     * {@code unused-suppression} findings: for rules that ran and found nothing to hide there, and
     * for rule ids kwlint does not know. Suppressions of rules that did not run are left alone.
     */
    List<Finding> unused(RuleCatalog catalog, Predicate<RuleMetadata> ran) {
        RuleMetadata rule = catalog.get(UNUSED_RULE);
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.rule.isEmpty()) {
                findings.add(rule.finding("empty", entry.location, null, null, List.of()));
            } else if (catalog.find(entry.rule).isEmpty()) {
                findings.add(rule.finding("unknown", entry.location, null, null, List.of(), entry.rule));
            } else if (!entry.used && ran.test(catalog.get(entry.rule))) {
                findings.add(rule.finding("unused", entry.location, null, null, List.of(), entry.rule));
            }
        }
        return findings;
    }
}
