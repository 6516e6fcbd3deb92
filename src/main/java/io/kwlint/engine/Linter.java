package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.ObjectRef;
import io.kwlint.finding.Severity;
import io.kwlint.model.Defaulter;
import io.kwlint.model.Kind;
import io.kwlint.model.DisabledFields;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rule.CheckScope;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.Rule;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.rule.SetContext;
import io.kwlint.rule.SetRule;
import io.kwlint.schema.SchemaValidator;
import io.kwlint.schema.Schemas;
import io.kwlint.source.SourceFile;
import io.kwlint.source.SourceInput;
import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Span;
import io.kwlint.yaml.YamlComment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs kwlint: loads the inputs (in parallel), applies API-server defaults, runs every enabled
 * rule, and returns the findings in a stable order, whatever order the files were read in.
 */
public final class Linter {

    private final LintOptions options;
    private final RuleCatalog catalog;

    public Linter(LintOptions options) {
        this(options, RuleCatalog.builtIn());
    }

    public Linter(LintOptions options, RuleCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
        options.disabledRules().forEach(catalog::get);
        options.enabledRules().forEach(catalog::get);
        options.severityOverrides().keySet().forEach(catalog::get);
    }

    public Report check(List<SourceInput> inputs) {
        return check(inputs, Progress.NONE);
    }

    /** As {@link #check(List)}, telling {@code progress} how far the run is. */
    public Report check(List<SourceInput> inputs, Progress progress) {
        List<LoadedFile> loaded = loadAll(inputs, progress);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<KubeObject> objects = new ArrayList<>();
        Map<String, SourceFile> files = new LinkedHashMap<>();
        Map<String, List<YamlComment>> comments = new LinkedHashMap<>();
        Map<String, List<Span>> placeholders = new LinkedHashMap<>();
        // Only a stream (helm template | kwlint check -) is mapped back to its templates: a rendered
        // file committed to a repository is what its team edits, and where code scanning can point.
        Map<String, List<YamlComment>> streamComments = new LinkedHashMap<>();
        int unreadable = 0;
        Map<String, LoadedFile.Skipped> skipped = new LinkedHashMap<>();
        for (LoadedFile file : loaded) {
            if (file.skipped() != LoadedFile.Skipped.NO) {
                skipped.put(file.file().displayPath(), file.skipped());
                continue;
            }
            files.put(file.file().displayPath(), file.file());
            comments.put(file.file().displayPath(), file.comments());
            if (file.file().path().isEmpty()) {
                streamComments.put(file.file().displayPath(), file.comments());
            }
            if (!file.placeholders().isEmpty()) {
                placeholders.put(file.file().displayPath(), file.placeholders());
            }
            findings.addAll(file.findings());
            objects.addAll(file.objects());
            if (!file.readable()) {
                unreadable++;
            }
        }
        objects.sort(Comparator.comparing((KubeObject o) -> o.file().displayPath())
                .thenComparingInt(KubeObject::documentIndex));
        progress.advanced(Progress.Stage.CHECKING, 0, objects.size());
        // As the API server: the object as sent is decoded strictly (schemas), then defaulted, then
        // fields of disabled feature gates are dropped, then validated (rules).
        validateSchemas(objects, findings);
        Defaulter defaulter = new Defaulter(options.target());
        DisabledFields disabledFields = new DisabledFields(options.target());
        for (KubeObject object : objects) {
            defaulter.apply(object);
            disabledFields.apply(object);
        }
        ObjectSet set = new ObjectSet(objects);
        CheckScope scope = new CheckScope(options.target(), set, findings::add);
        runRules(set, scope, findings::add);

        Map<FieldOf, Set<String>> superseded = supersededSchemaRules(findings);
        List<Finding> reported = new ArrayList<>();
        for (Finding finding : findings) {
            if (!options.runs(catalog.get(finding.ruleId()))) {
                continue;
            }
            if (superseded.getOrDefault(FieldOf.of(finding), Set.of()).contains(finding.ruleId())) {
                continue;
            }
            Severity override = options.severityOverrides().get(finding.ruleId());
            reported.add(override == null ? finding : finding.withSeverity(override));
        }
        Suppressions suppressions = Suppressions.collect(files, comments, objects);
        reported.removeIf(suppressions::hides);
        if (options.runs(catalog.get(Suppressions.UNUSED_RULE))) {
            reported.addAll(suppressions.unused(catalog, options::runs));
        }
        if (options.runs(catalog.get(EnvsubstTemplates.RULE))) {
            reported = EnvsubstTemplates.apply(reported, placeholders, files, catalog.get(EnvsubstTemplates.RULE));
        }
        RenderedSources rendered = new RenderedSources(streamComments);
        if (!rendered.isEmpty()) {
            reported.replaceAll(rendered::map);
        }
        reported.sort(Finding.ORDER);
        List<RuleMetadata> enabled = catalog.all().stream().filter(options::runs).toList();
        return new Report(reported, files, objects, options.kubeVersion(), enabled, unreadable, skipped);
    }

    /** Strict decoding against the target's schemas, when any schema rule runs. */
    private void validateSchemas(List<KubeObject> objects, List<Finding> findings) {
        boolean anySchemaRule = SchemaValidator.RULES.stream().anyMatch(id -> options.runs(catalog.get(id)));
        if (!anySchemaRule) {
            return;
        }
        SchemaValidator validator = new SchemaValidator(new Schemas(options.kubeVersion(), options.schemaLocations()),
                catalog, options.kubeVersion(), new DisabledFields(options.target()));
        RuleMetadata schemaRule = catalog.get(SchemaValidator.UNKNOWN_FIELD);
        objects.parallelStream().forEach(object ->
                runGuarded(schemaRule, object, findings::add, () -> findings.addAll(validator.validate(object))));
    }

    /** A field of an object of a file: where a rule's error and a schema finding can say the same thing. */
    private record FieldOf(String file, ObjectRef object, FieldPath fieldPath) {
        static FieldOf of(Finding finding) {
            return new FieldOf(finding.location().file(), finding.object(), finding.fieldPath());
        }
    }

    /**
     * The schema rules whose findings a rule's error makes redundant, by field: a rule page's
     * {@code supersedes} lists them (selector-invalid supersedes schema-required: "selector is
     * required" says it better than "missing property"). Warnings supersede nothing: "no requests"
     * must not hide "requests must be a map".
     */
    private Map<FieldOf, Set<String>> supersededSchemaRules(List<Finding> findings) {
        Map<FieldOf, Set<String>> superseded = new HashMap<>();
        for (Finding finding : findings) {
            List<String> supersedes = catalog.get(finding.ruleId()).supersedes();
            if (!supersedes.isEmpty() && finding.fieldPath() != null && finding.severity() == Severity.ERROR) {
                superseded.computeIfAbsent(FieldOf.of(finding), f -> new HashSet<>()).addAll(supersedes);
            }
        }
        return superseded;
    }

    /**
     * Runs the enabled rules whose pages name a kind present in the set: set rules once, object
     * rules on each object of their kinds, objects in parallel. A rule's class is only loaded when
     * the set has something for it to look at.
     */
    private void runRules(ObjectSet set, CheckScope scope, Consumer<Finding> sink) {
        Set<String> presentKinds = new HashSet<>();
        set.all().forEach(object -> presentKinds.add(object.kindName()));
        Map<Kind, List<Map.Entry<RuleMetadata, ObjectRule>>> objectRules = new EnumMap<>(Kind.class);
        for (RuleMetadata metadata : catalog.all()) {
            if (metadata.builtin() || !options.runs(metadata) || metadata.kinds().stream().noneMatch(presentKinds::contains)) {
                continue;
            }
            Rule rule = catalog.implementation(metadata.id());
            if (rule instanceof ObjectRule objectRule) {
                for (Kind kind : metadata.appliesTo()) {
                    objectRules.computeIfAbsent(kind, k -> new ArrayList<>()).add(Map.entry(metadata, objectRule));
                }
            } else if (rule instanceof SetRule setRule) {
                runGuarded(metadata, null, sink, () -> setRule.checkSet(set, new SetContext(metadata, scope)));
            }
        }
        set.all().parallelStream().forEach(object -> object.kind().ifPresent(kind -> {
            for (Map.Entry<RuleMetadata, ObjectRule> rule : objectRules.getOrDefault(kind, List.of())) {
                runGuarded(rule.getKey(), object, sink,
                        () -> rule.getValue().check(object, new RuleContext(rule.getKey(), object, scope)));
            }
        }));
    }

    /** A rule that throws is a kwlint bug: report it on the object and go on with the others. */
    private void runGuarded(RuleMetadata rule, KubeObject object, Consumer<Finding> sink, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            RuleMetadata internal = catalog.get("internal-error");
            String where = object == null ? "the object set" : object.ref().toString();
            Location location = object == null
                    ? new Location("(kwlint)", Span.at(io.kwlint.yaml.Position.START))
                    : new Location(object.file().displayPath(), object.root().anchorSpan());
            sink.accept(internal.finding("crashed", location, object == null ? null : object.ref(), null, List.of(),
                    rule.id(), where, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private List<LoadedFile> loadAll(List<SourceInput> inputs, Progress progress) {
        ManifestLoader base = new ManifestLoader(options.limits(), options.kubeVersion(), catalog);
        AtomicInteger done = new AtomicInteger();
        Function<SourceInput, LoadedFile> loader = input -> {
            LoadedFile file = base.load(input);
            progress.advanced(Progress.Stage.READING, done.incrementAndGet(), inputs.size());
            return file;
        };
        progress.advanced(Progress.Stage.READING, 0, inputs.size());
        int threads = Math.min(options.threads(), Math.max(1, inputs.size()));
        if (threads == 1) {
            return inputs.stream().map(loader).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "kwlint-load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<LoadedFile>> futures = new ArrayList<>();
            for (SourceInput input : inputs) {
                futures.add(pool.submit(() -> loader.apply(input)));
            }
            List<LoadedFile> results = new ArrayList<>();
            for (Future<LoadedFile> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading manifests", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
