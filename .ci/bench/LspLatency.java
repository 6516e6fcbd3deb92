import io.kwlint.cli.lsp.KwlintLanguageServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * kwlint lsp's re-diagnosis time: a 300-line manifest (with a neighbour in its directory) is
 * opened, then changed ROUNDS times; each change is timed from didChange to the diagnostics it
 * causes (no debounce), and the median and 90th percentile of the second half are printed.
 * Usage: java -cp kwlint.jar:DIR LspLatency ROUNDS
 */
public final class LspLatency {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("kwlint-lsp-bench");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.toString().lines().count() < 300; i++) {
            text.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web-").append(i).append("}\nspec:\n")
                    .append("  replicas: 3\n  selector:\n    matchLabels: {app: web-").append(i).append("}\n  template:\n")
                    .append("    metadata:\n      labels: {app: web-").append(i).append(", team: shop}\n    spec:\n")
                    .append("      containers:\n        - name: main\n          image: registry.example/app:1.4.2\n")
                    .append("          ports: [{containerPort: 8080}]\n")
                    .append("          readinessProbe: {httpGet: {path: /ready, port: 8080}}\n")
                    .append("          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 256Mi}}\n");
        }
        Files.writeString(dir.resolve("service.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n"
                + "  selector: {team: shop}\n  ports: [{port: 80, targetPort: 8080}]\n");
        Path file = dir.resolve("deployments.yaml");
        Files.writeString(file, text);
        String uri = file.toUri().toString();

        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        KwlintLanguageServer server = new KwlintLanguageServer(0);
        server.connect(new LanguageClient() {
            public void publishDiagnostics(PublishDiagnosticsParams params) { published.add(params); }
            public void telemetryEvent(Object object) { }
            public void showMessage(MessageParams params) { }
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
                return CompletableFuture.completedFuture(null);
            }
            public void logMessage(MessageParams params) { }
        });
        server.initialize(new InitializeParams()).get();
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text.toString())));
        published.poll(60, TimeUnit.SECONDS);
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String changed = text.toString().replace("replicas: 3", "replicas: " + (round % 5 + 1));
            long start = System.nanoTime();
            server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, round + 2),
                    List.of(new TextDocumentContentChangeEvent(changed))));
            if (published.poll(60, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("no diagnostics within a minute");
            }
            if (round >= rounds / 2) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("%d lines, %d changes measured: median %.1f ms, p90 %.1f ms%n", text.toString().lines().count(),
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)));
        server.shutdown().get();
    }
}
