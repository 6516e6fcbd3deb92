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
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rules kwlint knows. The pages {@code rules/*.md} (copied into the engine jar) are the
 * index: each page's id names its class by convention ({@code pod-requests-total} is
 * {@code io.kwlint.rules.PodRequestsTotal}), so adding a rule edits no list. Pages marked
 * {@code builtin} describe findings the engine reports itself and have no class.
 *
 * <p>From a jar the pages are read through the index the build made of them ({@link RuleIndex});
 * a rule's class is loaded and instantiated when a run first needs it, so a run over one
 * Deployment never loads the CronJob rules.
 */
public final class RuleCatalog {

    static final String DOCS_FOLDER = "io/kwlint/rules/docs/";
    static final String RULES_PACKAGE = "io.kwlint.rules.";

    private static volatile RuleCatalog builtIn;

    private final Map<String, RuleMetadata> metadata;
    /** The rule objects made so far (all of them when the catalogue was given its rules). */
    private final Map<String, Rule> implementations = new ConcurrentHashMap<>();
    private final boolean instantiateOnDemand;

    private RuleCatalog(Map<String, RuleMetadata> metadata, Map<String, Rule> implementations, boolean onDemand) {
        this.metadata = Collections.unmodifiableMap(metadata);
        this.implementations.putAll(implementations);
        this.instantiateOnDemand = onDemand;
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
        return new RuleCatalog(metadata, implementations, false);
    }

    private static RuleCatalog load() {
        Map<String, RuleMetadata> metadata = new TreeMap<>();
        for (RuleMetadata rule : fromIndex().orElseGet(RuleCatalog::fromPages)) {
            metadata.put(rule.id(), rule);
        }
        if (metadata.isEmpty()) {
            throw new IllegalStateException("no rule pages found under " + DOCS_FOLDER);
        }
        return new RuleCatalog(metadata, Map.of(), true);
    }

    /** The build's index of the pages, when the engine runs from its jar. */
    private static Optional<List<RuleMetadata>> fromIndex() {
        if (Files.isDirectory(codeSource())) {
            return Optional.empty(); // classes folder: the pages as they are now
        }
        try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(RuleIndex.RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(RuleIndex.read(new java.io.BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RuleIndex.RESOURCE, e);
        }
    }

    private static List<RuleMetadata> fromPages() {
        List<RuleMetadata> rules = new ArrayList<>();
        for (String fileName : docFileNames()) {
            rules.add(RuleDocParser.parse(fileName, readDoc(fileName)));
        }
        return rules;
    }

    /** Fails unless a rule has its class, or a builtin one has none (checked by the build and the tests). */
    static void checkImplementation(RuleMetadata rule) {
        Optional<Rule> implementation = instantiate(rule.id());
        RuleId annotation = implementation.map(i -> i.getClass().getAnnotation(RuleId.class)).orElse(null);
        if (implementation.isPresent() && (annotation == null || !annotation.value().equals(rule.id()))) {
            throw new IllegalStateException(implementation.get().getClass().getName() + " must be annotated @RuleId(\""
                    + rule.id() + "\")");
        }
        if (rule.builtin() && implementation.isPresent()) {
            throw new IllegalStateException("rules/" + rule.id() + ".md is builtin but has a rule class");
        }
        if (!rule.builtin() && implementation.isEmpty()) {
            throw new IllegalStateException("rules/" + rule.id() + ".md has no class " + RULES_PACKAGE + rule.pascalName());
        }
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

    /** The rule object of a rule that is not builtin, made on first use. */
    public Rule implementation(String id) {
        RuleMetadata rule = get(id);
        if (rule.builtin()) {
            throw new IllegalArgumentException(id + " is reported by the engine itself and has no rule class");
        }
        Rule known = implementations.get(id);
        if (known != null || !instantiateOnDemand) {
            if (known == null) {
                throw new IllegalStateException("no implementation for rule " + id);
            }
            return known;
        }
        return implementations.computeIfAbsent(id, key -> instantiate(key).orElseThrow(() -> new IllegalStateException(
                "rules/" + key + ".md has no class " + RULES_PACKAGE + RuleMetadata.toPascalCase(key))));
    }

    /** Every rule object, by id (all made now): for tools that list them and for tests. */
    public Map<String, Rule> implementations() {
        Map<String, Rule> all = new TreeMap<>();
        for (RuleMetadata rule : metadata.values()) {
            if (!rule.builtin()) {
                all.put(rule.id(), implementation(rule.id()));
            }
        }
        return Collections.unmodifiableMap(all);
    }

    private static Optional<Rule> instantiate(String id) {
        String className = RULES_PACKAGE + RuleMetadata.toPascalCase(id);
        Class<?> type;
        try {
            type = Class.forName(className, true, RuleCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        if (!Rule.class.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " must implement a rule interface");
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

    /** The folder or jar the engine's classes were loaded from. */
    private static Path codeSource() {
        try {
            return Path.of(RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the kwlint engine's classes to list rule pages", e);
        }
    }

    /** The page names, from the folder or jar the engine classes were loaded from. */
    private static List<String> docFileNames() {
        Path codeSource = codeSource();
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
