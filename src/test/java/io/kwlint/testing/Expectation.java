package io.kwlint.testing;

import io.kwlint.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code # expect: <rule-id> <line>:<col> <field.path> ["message fragment"]} marker of a test
 * case. The path is {@code -} for findings without one (YAML syntax errors); a quote inside the
 * fragment is written {@code \"}.
 */
public record Expectation(String file, String rule, int line, int column, String path, String fragment) {

    private static final Pattern MARKER = Pattern.compile(
            "#\\s*expect:\\s*(\\S+)\\s+(\\d+):(\\d+)\\s+((?:[^\\s{]|\\{[^}]*\\})+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*$");

    /** The markers in a case file's text, with the line of each marker for error messages. */
    public static List<Expectation> parse(String file, String text) {
        List<Expectation> expectations = new ArrayList<>();
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf("# expect:");
            if (hash < 0) {
                continue;
            }
            Matcher m = MARKER.matcher(lines[i].substring(hash));
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed expect marker: " + lines[i].strip());
            }
            expectations.add(new Expectation(file, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4), m.group(5) == null ? null : m.group(5).replaceAll("\\\\(.)", "$1")));
        }
        return expectations;
    }

    /** The identity compared with findings: file, rule, line, column, path. */
    public String key() {
        return file + ":" + line + ":" + column + " " + rule + " " + path;
    }

    public static String keyOf(Finding finding) {
        return finding.location().file() + ":" + finding.location().line() + ":" + finding.location().column() + " "
                + finding.ruleId() + " " + (finding.fieldPath() == null ? "-" : finding.fieldPathText());
    }
}
