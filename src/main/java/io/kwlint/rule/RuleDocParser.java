package io.kwlint.rule;

import io.kwlint.finding.Severity;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads a rule page: YAML front matter between {@code ---} lines, then Markdown. */
public final class RuleDocParser {

    private static final Set<String> REQUIRED = Set.of(
            "id", "title", "summary", "severity", "category", "kinds", "since", "precision", "tags", "messages");
    private static final Set<String> OPTIONAL = Set.of("related", "builtin", "enabled", "supersedes", "fix");
    public static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");

    private RuleDocParser() {
    }

    /** Parses a page; throws IllegalArgumentException naming the file and what is wrong. */
    public static RuleMetadata parse(String fileName, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw bad(fileName, "must start with a '---' front matter line");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw bad(fileName, "front matter is not closed by a '---' line");
        }
        Object loaded = new Load(LoadSettings.builder().setLabel(fileName).build())
                .loadFromString(normalized.substring(4, end));
        if (!(loaded instanceof Map<?, ?> frontMatter)) {
            throw bad(fileName, "front matter must be a mapping");
        }
        Set<String> keys = new TreeSet<>();
        frontMatter.keySet().forEach(k -> keys.add(String.valueOf(k)));
        Set<String> missing = new TreeSet<>(REQUIRED);
        missing.removeAll(keys);
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(REQUIRED);
        unknown.removeAll(OPTIONAL);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw bad(fileName, "front matter misses " + missing + " and has unknown keys " + unknown);
        }
        String body = normalized.substring(end + 5);
        String id = string(fileName, frontMatter, "id");
        if (!fileName.equals(id + ".md")) {
            throw bad(fileName, "id '" + id + "' does not match the file name");
        }
        Severity severity = Severity.parse(string(fileName, frontMatter, "severity"))
                .orElseThrow(() -> bad(fileName, "severity must be error, warning or info"));
        String categoryId = string(fileName, frontMatter, "category");
        Category category = Category.named(categoryId).orElseThrow(() -> bad(fileName, "category must be one of "
                + java.util.Arrays.stream(Category.values()).map(Category::id).toList()));
        String precision = string(fileName, frontMatter, "precision");
        if (!PRECISIONS.contains(precision)) {
            throw bad(fileName, "precision must be one of " + new TreeSet<>(PRECISIONS));
        }
        List<String> kinds = strings(fileName, frontMatter, "kinds");
        for (String kind : kinds) {
            // Set rules may look at any built-in kind; object rules only run on the kinds kwlint models.
            if (Kind.named(kind).isEmpty() && !ApiVersions.kindNames().contains(kind)) {
                throw bad(fileName, "kinds: '" + kind + "' is not a built-in kind (kwlint models "
                        + java.util.Arrays.toString(Kind.values()) + ")");
            }
        }
        Map<String, String> sections = sections(body);
        return new RuleMetadata(
                id,
                string(fileName, frontMatter, "title"),
                string(fileName, frontMatter, "summary"),
                severity,
                category,
                kinds,
                string(fileName, frontMatter, "since"),
                precision,
                strings(fileName, frontMatter, "tags"),
                messages(fileName, frontMatter),
                frontMatter.containsKey("related") ? strings(fileName, frontMatter, "related") : List.of(),
                Boolean.TRUE.equals(frontMatter.get("builtin")),
                !Boolean.FALSE.equals(frontMatter.get("enabled")),
                body.strip(),
                sections.getOrDefault("Why", ""),
                yamlBlocks(sections.getOrDefault("Bad", "")),
                yamlBlocks(sections.getOrDefault("Good", "")),
                frontMatter.containsKey("supersedes") ? strings(fileName, frontMatter, "supersedes") : List.of(),
                frontMatter.containsKey("fix") ? string(fileName, frontMatter, "fix") : "");
    }

    /** The text under each {@code ## Heading}. */
    static Map<String, String> sections(String body) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, text.toString());
                }
                current = line.substring(3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, text.toString());
        }
        return sections;
    }

    /** The contents of the ```yaml fences of a section. */
    static List<String> yamlBlocks(String section) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : section.split("\n", -1)) {
            if (block == null && line.strip().equals("```yaml")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String string(String fileName, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw bad(fileName, "'" + key + "' must be a non-empty string");
        }
        return text.strip();
    }

    private static List<String> strings(String fileName, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw bad(fileName, "'" + key + "' must be a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static Map<String, String> messages(String fileName, Map<?, ?> map) {
        Object value = map.get("messages");
        if (!(value instanceof Map<?, ?> raw) || raw.isEmpty()) {
            throw bad(fileName, "'messages' must map message ids to texts");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (!(v instanceof String text)) {
                throw bad(fileName, "message '" + k + "' must be a string");
            }
            messages.put(String.valueOf(k), text);
        });
        return Map.copyOf(messages);
    }

    private static IllegalArgumentException bad(String fileName, String problem) {
        return new IllegalArgumentException("rules/" + fileName + ": " + problem);
    }
}
