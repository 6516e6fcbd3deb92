package io.kwlint.cli;

import io.kwlint.cli.lsp.KwlintLanguageServer;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kwlint lsp}: the Language Server Protocol over standard input and output, for editors. */
@Command(
        name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Speaks the Language Server Protocol on standard input and output: diagnostics while you type,"
                + " hovers on findings, quick fixes. Editors start it; see the README for VS Code, IntelliJ, Neovim, Helix.")
final class LspCommand implements Callable<Integer> {

    /** Held here: java.util.logging keeps loggers weakly, and the handler must stay. */
    private static final Logger LSP4J_LOG = Logger.getLogger("org.eclipse.lsp4j");

    @ParentCommand
    KwlintCommand parent;

    @Option(names = "--debounce", paramLabel = "MS", defaultValue = "150",
            description = "Check this many milliseconds after the last change (default: ${DEFAULT-VALUE}).")
    long debounceMillis;

    @Override
    public Integer call() throws InterruptedException {
        if (debounceMillis < 0 || debounceMillis > 10_000) {
            throw new UsageError("--debounce: between 0 and 10000 milliseconds, not " + debounceMillis);
        }
        quietProtocolLog();
        KwlintLanguageServer server = new KwlintLanguageServer(debounceMillis);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, parent.environment().stdin(), System.out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            System.err.println("kwlint lsp: the connection failed: " + e.getCause());
            return ExitCode.USAGE;
        }
        return ExitCode.CLEAN;
    }

    /**
     * LSP4J reports input that is not the protocol (a message without Content-Length, broken JSON)
     * through java.util.logging with a stack trace; an editor shows standard error to its user, so
     * each such report becomes one line that says what was wrong.
     */
    private static void quietProtocolLog() {
        LSP4J_LOG.setUseParentHandlers(false);
        LSP4J_LOG.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                Throwable cause = record.getThrown();
                String what = cause != null && cause.getMessage() != null ? cause.getMessage() : String.valueOf(record.getMessage());
                System.err.println("kwlint lsp: " + what.lines().findFirst().orElse("").strip()
                        + " (a message that is not the Language Server Protocol; it was ignored)");
            }

            @Override
            public void flush() {
                System.err.flush();
            }

            @Override
            public void close() {
            }
        });
    }
}
