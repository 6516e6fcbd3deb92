package io.kwlint.cli.lsp;

import io.kwlint.config.KwlintConfig;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.InputCollector;
import io.kwlint.schema.FieldDoc;
import io.kwlint.schema.Schemas;
import io.kwlint.source.SourceInput;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.SeqNode;
import io.kwlint.yaml.YamlDocument;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code kwlint lsp}: kwlint's findings while one types. An open manifest is checked together
 * with the other manifests of its directory (cross-object rules need them; open ones as the editor
 * holds them, the others as saved), with the {@code .kwlint.yaml} that applies there, read again
 * when it changes. Diagnostics carry the rule id, its page and related places; a hover on a
 * finding shows its rule; a finding with a fix is a quick fix whose edits are those of
 * {@code kwlint check --fix}. Checks are debounced: a burst of changes is checked once.
 */
public final class KwlintLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    /** What was checked for an open document: its text then, and the findings in it. */
    private record Checked(String text, List<Finding> findings, List<Diagnostic> diagnostics) {
    }

    private final long debounceMillis;
    private final Map<String, String> open = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kwlint-lsp-check");
        thread.setDaemon(true);
        return thread;
    });
    private final RuleCatalog catalog = RuleCatalog.builtIn();
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    private volatile boolean watchesFiles;

    public KwlintLanguageServer(long debounceMillis) {
        this.debounceMillis = debounceMillis;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(true);
        watchesFiles = params.getCapabilities() != null && params.getCapabilities().getWorkspace() != null
                && params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(params.getCapabilities().getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("kwlint", io.kwlint.KwlintInfo.version())));
    }

    /**
     * Asks the editor to say when a .kwlint.yaml or a manifest changes on disk (a branch switch,
     * a neighbour saved), where it can watch files for a server.
     */
    @Override
    public void initialized(org.eclipse.lsp4j.InitializedParams params) {
        if (!watchesFiles) {
            return;
        }
        List<org.eclipse.lsp4j.FileSystemWatcher> watchers = List.of(
                new org.eclipse.lsp4j.FileSystemWatcher(Either.forLeft("**/.kwlint.{yaml,yml}")),
                new org.eclipse.lsp4j.FileSystemWatcher(Either.forLeft("**/*.{yaml,yml}")));
        client.registerCapability(new org.eclipse.lsp4j.RegistrationParams(List.of(new org.eclipse.lsp4j.Registration(
                "kwlint-watch", "workspace/didChangeWatchedFiles",
                new org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        scheduler.shutdownNow();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // --- documents -------------------------------------------------------------------------

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        open.put(params.getTextDocument().getUri(), params.getTextDocument().getText());
        schedule(params.getTextDocument().getUri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        // Full synchronisation: the last change holds the whole text.
        params.getContentChanges().stream().reduce((a, b) -> b).ifPresent(change -> open.put(uri, change.getText()));
        schedule(uri);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        checked.remove(uri);
        publish(uri, List.of());
        schedule(uri); // its neighbours now see the saved file again
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        schedule(params.getTextDocument().getUri());
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        open.keySet().forEach(this::schedule);
    }

    /** A .kwlint.yaml or a neighbouring manifest changed on disk: check the open documents again. */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        open.keySet().forEach(this::schedule);
    }

    // --- checking --------------------------------------------------------------------------

    private void schedule(String uri) {
        Optional<Path> file = pathOf(uri);
        if (file.isEmpty() || shutdown) {
            return;
        }
        Path dir = file.get().getParent();
        ScheduledFuture<?> next = scheduler.schedule(() -> checkDirectory(dir), debounceMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(dir, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Checks the manifests of a directory and publishes the findings of its open documents. */
    void checkDirectory(Path dir) {
        try {
            Map<String, String> openHere = new java.util.LinkedHashMap<>();
            open.forEach((uri, text) -> pathOf(uri).filter(p -> dir.equals(p.getParent()))
                    .ifPresent(p -> openHere.put(p.getFileName().toString(), uri)));
            if (openHere.isEmpty()) {
                return;
            }
            KwlintConfig config = config(dir);
            Report report = new Linter(config.lintOptions()).check(inputsWithOpen(dir, openHere, config));
            for (Map.Entry<String, String> document : openHere.entrySet()) {
                String uri = document.getValue();
                String text = open.get(uri);
                if (text == null) {
                    continue;
                }
                List<Finding> findings = report.findings().stream()
                        .filter(f -> f.location().file().equals(document.getKey())).toList();
                Positions positions = new Positions(text);
                List<Diagnostic> diagnostics = findings.stream().map(f -> diagnostic(f, positions, dir)).toList();
                checked.put(uri, new Checked(text, findings, diagnostics));
                publish(uri, diagnostics);
            }
        } catch (RuntimeException e) {
            // A bug must not end the session: say it, keep serving.
            log(MessageType.Error, "kwlint could not check " + dir + ": " + e);
        }
    }

    /** The directory's .kwlint.yaml (or the nearest above), read each time: an edit applies at once. */
    private KwlintConfig config(Path dir) {
        try {
            Optional<Path> config = KwlintConfig.find(dir);
            return config.isPresent() ? KwlintConfig.read(config.get()) : KwlintConfig.none();
        } catch (KwlintConfig.ConfigException e) {
            log(MessageType.Warning, "kwlint: " + e.getMessage() + " (checking with kwlint's defaults)");
            return KwlintConfig.none();
        }
    }

    /**
     * The directory's set, as `kwlint check DIR` would walk it (its excludes too) but without
     * subdirectories: its saved manifests, and its open ones as the editor holds them.
     */
    private List<SourceInput> inputsWithOpen(Path dir, Map<String, String> openHere, KwlintConfig config) {
        List<SourceInput> inputs = new ArrayList<>(new InputCollector(dir, List.of(), config.exclude(), true)
                .collectDirectory(dir).stream().filter(input -> !openHere.containsKey(input.displayPath())).toList());
        openHere.forEach((name, uri) -> {
            String text = open.get(uri);
            if (text != null) {
                inputs.add(SourceInput.edited(dir.resolve(name), name, text));
            }
        });
        return inputs;
    }

    private Diagnostic diagnostic(Finding finding, Positions positions, Path dir) {
        Diagnostic diagnostic = new Diagnostic(positions.range(finding.location().span()), message(finding),
                severity(finding.severity()), "kwlint", finding.ruleId());
        catalog.find(finding.ruleId()).ifPresent(rule -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(rule.helpUri())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Finding.Related other : finding.related()) {
            Path file = dir.resolve(other.location().file()).normalize();
            Positions where = other.location().file().equals(finding.location().file()) ? positions : positionsOf(file);
            related.add(new DiagnosticRelatedInformation(new Location(file.toUri().toString(),
                    where.range(other.location().span())), other.message()));
        }
        if (!related.isEmpty()) {
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    private Positions positionsOf(Path file) {
        String text = open.get(file.toUri().toString());
        if (text == null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                text = "";
            }
        }
        return new Positions(text);
    }

    private static String message(Finding finding) {
        return finding.object() == null ? finding.message()
                : finding.message() + " (" + finding.objectName() + (finding.fieldPath() == null ? "" : ": " + finding.fieldPathText()) + ")";
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        LanguageClient target = client;
        if (target != null) {
            target.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    private void log(MessageType type, String message) {
        LanguageClient target = client;
        if (target != null) {
            target.logMessage(new MessageParams(type, message));
        }
    }

    // --- hover and quick fixes -------------------------------------------------------------

    /**
     * On a field: its type and the API's description of it, from the schema of the version the
     * directory's configuration targets. On a finding: its rule, what it checks, whether it has a
     * fix, and its page.
     */
    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        StringBuilder text = new StringBuilder();
        try {
            fieldDocumentation(uri, params.getPosition()).ifPresent(text::append);
        } catch (RuntimeException e) {
            log(MessageType.Error, "kwlint could not describe the field: " + e);
        }
        Checked current = current(uri);
        for (int i = 0; current != null && i < current.findings().size(); i++) {
            Diagnostic diagnostic = current.diagnostics().get(i);
            if (!Positions.contains(diagnostic.getRange(), params.getPosition())) {
                continue;
            }
            Finding finding = current.findings().get(i);
            Optional<RuleMetadata> rule = catalog.find(finding.ruleId());
            if (text.length() > 0) {
                text.append("\n\n---\n\n");
            }
            text.append("**").append(finding.ruleId()).append("** (").append(finding.severity().id()).append(")");
            rule.ifPresent(r -> {
                text.append(": ").append(r.title()).append("\n\n").append(r.summary());
                if (!r.fix().isEmpty()) {
                    text.append("\n\nQuick fix: ").append(r.fix());
                }
                text.append("\n\n[").append(r.id()).append("](").append(r.helpUri()).append(")");
            });
        }
        return CompletableFuture.completedFuture(text.length() == 0 ? null
                : new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString())));
    }

    /** The markdown describing the field whose key or value is at {@code cursor}, if the schema knows it. */
    private Optional<String> fieldDocumentation(String uri, org.eclipse.lsp4j.Position cursor) {
        String text = open.get(uri);
        Optional<Path> file = pathOf(uri);
        if (text == null || file.isEmpty()) {
            return Optional.empty();
        }
        Positions positions = new Positions(text);
        for (YamlDocument document : new YamlReader(YamlLimits.DEFAULT).read(text, false).documents()) {
            Optional<Node> field = nodeAt(document.root(), positions, cursor);
            if (field.isEmpty()) {
                continue;
            }
            Optional<String> apiVersion = document.root().get("apiVersion").asString();
            Optional<String> kind = document.root().get("kind").asString();
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                return Optional.empty();
            }
            LintOptions options = config(file.get().getParent()).lintOptions();
            return new Schemas(options.kubeVersion(), options.schemaLocations())
                    .describe(apiVersion.get(), kind.get(), field.get())
                    .map(doc -> fieldMarkdown(doc, field.get(), apiVersion.get() + " " + kind.get(), options));
        }
        return Optional.empty();
    }

    private static String fieldMarkdown(FieldDoc doc, Node field, String objectKind, LintOptions options) {
        String name = field.fieldName().orElse(doc.path());
        StringBuilder text = new StringBuilder("**").append(name).append("**");
        if (!doc.type().isEmpty()) {
            text.append(" · `").append(doc.type()).append('`');
        }
        if (!doc.description().isEmpty()) {
            text.append("\n\n").append(doc.description());
        }
        return text.append("\n\n`").append(doc.path()).append("` · ").append(objectKind)
                .append(" · Kubernetes ").append(options.kubeVersion()).toString();
    }

    /** The node whose key or scalar value is at {@code cursor}: a key stands for its field's value. */
    private static Optional<Node> nodeAt(Node node, Positions positions, org.eclipse.lsp4j.Position cursor) {
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                if (entry.keyNode() != null && entry.keyNode().span() != null
                        && Positions.contains(positions.range(entry.keyNode().span()), cursor)) {
                    return Optional.of(entry.value());
                }
                Optional<Node> inside = nodeAt(entry.value(), positions, cursor);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (node instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                Optional<Node> inside = nodeAt(item, positions, cursor);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (node.span() != null && !node.isDefaulted() && Positions.contains(positions.range(node.span()), cursor)) {
            return Optional.of(node);
        }
        return Optional.empty();
    }

    /** The fixes of the findings in the range, as quick fixes. */
    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        Checked current = current(uri);
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        Optional<Path> file = pathOf(uri);
        if (current != null && file.isPresent()) {
            Path dir = file.get().getParent();
            Positions positions = new Positions(current.text());
            for (int i = 0; i < current.findings().size(); i++) {
                Finding finding = current.findings().get(i);
                Diagnostic diagnostic = current.diagnostics().get(i);
                if (finding.fix() == null || !Positions.overlap(diagnostic.getRange(), params.getRange())) {
                    continue;
                }
                // Edits of another file (the Service a StatefulSet names) go to that file's URI.
                Map<String, List<TextEdit>> edits = new java.util.LinkedHashMap<>();
                for (io.kwlint.finding.TextEdit edit : finding.fix().edits()) {
                    String target = edit.file() == null ? uri : dir.resolve(edit.file()).normalize().toUri().toString();
                    Positions where = edit.file() == null ? positions : positionsOf(dir.resolve(edit.file()).normalize());
                    edits.computeIfAbsent(target, t -> new ArrayList<>())
                            .add(new TextEdit(where.range(edit.span()), edit.replacement()));
                }
                CodeAction action = new CodeAction(finding.fix().description() + " (" + finding.ruleId() + ")");
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setIsPreferred(true);
                action.setEdit(new WorkspaceEdit(edits));
                actions.add(Either.forRight(action));
            }
        }
        return CompletableFuture.completedFuture(actions);
    }

    /** What was checked for a document, if its text has not changed since (else positions would be stale). */
    private Checked current(String uri) {
        Checked result = checked.get(uri);
        return result != null && result.text().equals(open.get(uri)) ? result : null;
    }

    private static Optional<Path> pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed).toAbsolutePath().normalize())
                    : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
