package io.kwlint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command reads from the process it runs in, passed in so that tests can run the
 * command in-process: standard input, the working directory, environment variables, whether
 * standard output is a terminal, and whether standard error is one.
 */
public record Environment(InputStream stdin, Path workingDir, Map<String, String> variables, boolean terminal,
        boolean errorTerminal) {

    /**
     * Set by the launcher (bin/kwlint) when standard error is a terminal: Java cannot tell, and
     * the progress line belongs there even when the report goes to a file.
     */
    static final String ERROR_TERMINAL_PROPERTY = "kwlint.stderr.terminal";

    /** An environment whose standard error is a terminal exactly when standard output is one. */
    public Environment(InputStream stdin, Path workingDir, Map<String, String> variables, boolean terminal) {
        this(stdin, workingDir, variables, terminal, terminal);
    }

    public static Environment system() {
        boolean terminal = System.console() != null;
        return new Environment(System.in, Path.of("").toAbsolutePath(), System.getenv(), terminal,
                terminal || Boolean.getBoolean(ERROR_TERMINAL_PROPERTY));
    }

    /** True unless NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
    public boolean colorAllowed() {
        String noColor = variables.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }
}
