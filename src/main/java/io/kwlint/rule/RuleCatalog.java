package io.kwlint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rules kwlint knows. The pages {@code rules/*.md} (copied into the engine jar) are the
 * index: each page's id names its class by convention ({@code pod-requests-total} is
 * {@code io.kwlint.rules.PodRequestsTotal}), so adding a rule edits no list. Pages marked
 * {@code builtin} describe findings the engine reports itself and have no class.
 */
public final class RuleCatalog {

    static final String DOCS_FOLDER = "io/kwlint/rules/docs/";
    static final String RULES_PACKAGE = "io.kwlint.rules.";

    private static volatile RuleCatalog builtIn;

    private final Map<String, RuleMetadata> metadata;
    private final Map<String, Rule> implementations;

    private RuleCatalog(Map<String, RuleMetadata> metadata, Map<String, Rule> implementations) {
        this.metadata = Collections.unmodifiableMap(metadata);
        this.implementations = Collections.unmodifiableMap(implementations);
    }

    /** The catalogue of the rules shipped with kwlint, loaded once. */
    public static RuleCatalog builtIn() {
        RuleCatalog catalog = builtIn;
        if (catalog == null) {
            synchronized (RuleCatalog.class) {
                catalog = builtIn;
                if (catalog == null) {
                    catalog = load();
                    builtIn = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * A catalogue of the given rules: for tools that add rules of their own, and for tests. Every
     * non-builtin rule needs an implementation; the builtin pages should be included so that
     * engine findings can be reported.
     */
    public static RuleCatalog of(List<RuleMetadata> rules, Map<String, Rule> implementations) {
        Map<String, RuleMetadata> metadata = new TreeMap<>();
        rules.forEach(r -> metadata.put(r.id(), r));
        for (RuleMetadata rule : rules) {
            if (!rule.builtin() && !implementations.containsKey(rule.id())) {
                throw new IllegalArgumentException("no implementation for rule " + rule.id());
            }
        }
        return new RuleCatalog(metadata, new TreeMap<>(implementations));
    }

    private static RuleCatalog load() {
        Map<String, RuleMetadata> metadata = new TreeMap<>();
        Map<String, Rule> implementations = new TreeMap<>();
        for (String fileName : docFileNames()) {
            RuleMetadata rule = RuleDocParser.parse(fileName, readDoc(fileName));
            metadata.put(rule.id(), rule);
            Optional<Rule> implementation = instantiate(rule.id());
            if (rule.builtin() && implementation.isPresent()) {
                throw new IllegalStateException("rules/" + fileName + " is builtin but has a rule class");
            }
            if (!rule.builtin()) {
                implementations.put(rule.id(), implementation.orElseThrow(() -> new IllegalStateException(
                        "rules/" + fileName + " has no class " + RULES_PACKAGE + rule.pascalName())));
            }
        }
        if (metadata.isEmpty()) {
            throw new IllegalStateException("no rule pages found under " + DOCS_FOLDER);
        }
        return new RuleCatalog(metadata, implementations);
    }

    /** All rules, sorted by id. */
    public List<RuleMetadata> all() {
        return List.copyOf(metadata.values());
    }

    public Optional<RuleMetadata> find(String id) {
        return Optional.ofNullable(metadata.get(id));
    }

    /** The metadata of a rule that must exist (engine-reported ids). */
    public RuleMetadata get(String id) {
        RuleMetadata rule = metadata.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id: " + id);
        }
        return rule;
    }

    /** The rule classes, by id. */
    public Map<String, Rule> implementations() {
        return implementations;
    }

    private static Optional<Rule> instantiate(String id) {
        String className = RULES_PACKAGE + RuleMetadata.toPascalCase(id);
        Class<?> type;
        try {
            type = Class.forName(className, true, RuleCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        RuleId annotation = type.getAnnotation(RuleId.class);
        if (annotation == null || !annotation.value().equals(id) || !Rule.class.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " must implement a rule interface and be annotated @RuleId(\""
                    + id + "\")");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return Optional.of((Rule) constructor.newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a constructor without arguments", e);
        }
    }

    private static String readDoc(String fileName) {
        try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(DOCS_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DOCS_FOLDER + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page names, from the folder or jar the engine classes were loaded from. */
    private static List<String> docFileNames() {
        Path codeSource;
        try {
            codeSource = Path.of(RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the kwlint engine's classes to list rule pages", e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(codeSource)) {
                Path folder = codeSource.resolve(DOCS_FOLDER);
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(DOCS_FOLDER) && name.endsWith(".md") && name.indexOf('/', DOCS_FOLDER.length()) < 0) {
                            names.add(name.substring(DOCS_FOLDER.length()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule pages in " + codeSource, e);
        }
        Collections.sort(names);
        return names;
    }
}
