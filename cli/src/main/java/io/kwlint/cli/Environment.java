package io.kwlint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command reads from the process it runs in, passed in so that tests can run the
 * command in-process: standard input, the working directory, environment variables, and
 * whether standard output is a terminal.
 */
public record Environment(InputStream stdin, Path workingDir, Map<String, String> variables, boolean terminal) {

    public static Environment system() {
        return new Environment(System.in, Path.of("").toAbsolutePath(), System.getenv(), System.console() != null);
    }

    /** True unless NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
    public boolean colorAllowed() {
        String noColor = variables.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }
}
