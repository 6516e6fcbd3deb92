package io.kwlint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kwlint lsp over the protocol itself: a client and the server talking JSON-RPC through pipes. */
class KwlintLanguageServerTest {

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: report}
            spec:
              template:
                spec:
                  restartPolicy: Always
                  containers: [{name: c, image: "busybox:1.36"}]
            """;

    /** Collects what the server sends. */
    static final class Client implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        /** The next diagnostics published for {@code uri}. */
        List<Diagnostic> next(String uri) throws InterruptedException {
            while (true) {
                PublishDiagnosticsParams params = diagnostics.poll(20, TimeUnit.SECONDS);
                assertThat(params).as("diagnostics for %s", uri).isNotNull();
                if (params.getUri().equals(uri)) {
                    return params.getDiagnostics();
                }
            }
        }
    }

    @TempDir
    Path dir;
    private final Client client = new Client();
    private LanguageServer server;

    @BeforeEach
    void connect() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        KwlintLanguageServer kwlint = new KwlintLanguageServer(0);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(kwlint, serverIn, serverOut);
        kwlint.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientSide.startListening();
        server = clientSide.getRemoteProxy();
        InitializeResult result = server.initialize(new InitializeParams()).get(20, TimeUnit.SECONDS);
        assertThat(result.getCapabilities().getCodeActionProvider().getLeft()).isTrue();
        assertThat(result.getServerInfo().getName()).isEqualTo("kwlint");
    }

    @AfterEach
    void disconnect() throws Exception {
        server.shutdown().get(20, TimeUnit.SECONDS);
    }

    private String open(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
        return uri;
    }

    private void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static boolean is(Diagnostic diagnostic, String rule) {
        return diagnostic.getCode().getLeft().equals(rule);
    }

    @Test
    void diagnosticsCarryTheRuleItsPageAndTheExactRangeAndFollowEdits() throws Exception {
        String uri = open("job.yaml", JOB);
        Diagnostic restart = client.next(uri).stream().filter(d -> is(d, "job-restart-policy")).findFirst().orElseThrow();
        assertThat(restart.getRange()).isEqualTo(new Range(new Position(6, 21), new Position(6, 27)));
        assertThat(restart.getSource()).isEqualTo("kwlint");
        assertThat(restart.getMessage()).contains("restartPolicy Always is not allowed")
                .endsWith("(Job/report: spec.template.spec.restartPolicy)");
        assertThat(restart.getCodeDescription().getHref()).endsWith("/rules/job-restart-policy.md");

        change(uri, 2, JOB.replace("Always", "Never"));
        assertThat(client.next(uri)).noneMatch(d -> is(d, "job-restart-policy"));
    }

    @Test
    void aQuickFixCarriesTheEditsOfCheckFixAndAHoverNamesTheRule() throws Exception {
        String uri = open("job.yaml", JOB);
        Diagnostic restart = client.next(uri).stream().filter(d -> is(d, "job-restart-policy")).findFirst().orElseThrow();
        List<CodeAction> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), restart.getRange(), new CodeActionContext(List.of(restart))))
                .get(20, TimeUnit.SECONDS).stream().map(either -> either.getRight()).toList();
        assertThat(actions).extracting(CodeAction::getTitle).containsExactly("set restartPolicy to OnFailure (job-restart-policy)");
        List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(uri);
        assertThat(edits).containsExactly(new TextEdit(new Range(new Position(6, 21), new Position(6, 27)), "OnFailure"));

        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 23)))
                .get(20, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue()).contains("**job-restart-policy** (error)")
                .contains("Quick fix:").contains("rules/job-restart-policy.md");
        assertThat(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(8, 0)))
                .get(20, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aHoverOnAFieldGivesItsTypeAndTheApisDescriptionAtTheTargetVersion() throws Exception {
        String uri = open("job.yaml", JOB);
        client.next(uri);
        String onKey = hoverText(uri, new Position(6, 8));
        assertThat(onKey).startsWith("**restartPolicy** · `string`\n\nRestart policy for all containers within the pod.")
                .contains("`spec.template.spec.restartPolicy` · batch/v1 Job · Kubernetes 1.35");
        // On the value, the field's documentation comes first, the finding there after it.
        assertThat(hoverText(uri, new Position(6, 23))).startsWith("**restartPolicy**").contains("---")
                .contains("**job-restart-policy** (error)");
        assertThat(hoverText(uri, new Position(7, 30))).startsWith("**image** · `string`\n\nContainer image name.")
                .contains("`spec.template.spec.containers[0].image`");
        assertThat(hoverText(uri, new Position(0, 3))).startsWith("**apiVersion** · `string`");

        Files.writeString(dir.resolve(".kwlint.yaml"), "kubeVersion: \"1.28\"\n");
        assertThat(hoverText(uri, new Position(6, 8))).contains("Kubernetes 1.28");
    }

    private String hoverText(String uri, Position position) throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position))
                .get(20, TimeUnit.SECONDS);
        return hover == null ? "" : hover.getContents().getRight().getValue();
    }

    @Test
    void anOpenManifestIsCheckedWithItsDirectorysOthers() throws Exception {
        String statefulSet = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: "postgres:16.2"}]
                """;
        String uri = open("db.yaml", statefulSet);
        assertThat(client.next(uri)).anyMatch(d -> is(d, "statefulset-service-not-found"));
        Files.writeString(dir.resolve("db-service.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n"
                + "  clusterIP: None\n  selector: {app: db}\n  ports: [{port: 5432}]\n");
        change(uri, 2, statefulSet + "\n");
        assertThat(client.next(uri)).noneMatch(d -> is(d, "statefulset-service-not-found"));
    }

    @Test
    void aQuickFixOfAnotherFilesObjectEditsThatFile() throws Exception {
        Path service = dir.resolve("db-service.yaml");
        Files.writeString(service, "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n"
                + "  selector: {app: db}\n  ports: [{port: 5432}]\n");
        String uri = open("db.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: "postgres:16.2"}]
                """);
        Diagnostic notHeadless = client.next(uri).stream().filter(d -> is(d, "statefulset-governing-service")).findFirst().orElseThrow();
        List<CodeAction> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), notHeadless.getRange(), new CodeActionContext(List.of(notHeadless))))
                .get(20, TimeUnit.SECONDS).stream().map(either -> either.getRight()).toList();
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).getEdit().getChanges()).containsOnlyKeys(service.toUri().toString());
        assertThat(actions.get(0).getEdit().getChanges().get(service.toUri().toString()))
                .containsExactly(new TextEdit(new Range(new Position(4, 0), new Position(4, 0)), "  clusterIP: None\n"));
    }

    @Test
    void theKwlintYamlOfTheDirectoryAppliesAndAChangeToItIsFollowed() throws Exception {
        Files.writeString(dir.resolve(".kwlint.yaml"), "disable: [job-restart-policy]\n");
        String uri = open("job.yaml", JOB);
        assertThat(client.next(uri)).noneMatch(d -> is(d, "job-restart-policy"));
        Files.writeString(dir.resolve(".kwlint.yaml"), "disable: [job-cleanup]\n");
        server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(
                new org.eclipse.lsp4j.FileEvent(dir.resolve(".kwlint.yaml").toUri().toString(), org.eclipse.lsp4j.FileChangeType.Changed))));
        assertThat(client.next(uri)).anyMatch(d -> is(d, "job-restart-policy")).noneMatch(d -> is(d, "job-cleanup"));
    }
}
