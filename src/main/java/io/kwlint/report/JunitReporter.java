package io.kwlint.report;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, Azure DevOps): one test suite per file, one
 * test case per object (named {@code Deployment/web}) and one per file for findings about the
 * file itself; each finding at or above the fail threshold is a {@code <failure>}, the others are
 * printed in {@code <system-out>} so that they are seen without failing the case.
 */
public final class JunitReporter {

    private final Severity failAt;

    /** @param failAt the least severe finding that fails a test case (the run's --fail-on), or null for none */
    public JunitReporter(Severity failAt) {
        this.failAt = failAt;
    }

    public String render(Report report) {
        Map<String, Map<String, List<Finding>>> cases = cases(report);
        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : cases.entrySet()) {
            StringBuilder body = new StringBuilder();
            int fileFailures = 0;
            for (Map.Entry<String, List<Finding>> testCase : file.getValue().entrySet()) {
                fileFailures += testCase(file.getKey(), testCase.getKey(), testCase.getValue(), body);
            }
            tests += file.getValue().size();
            failures += fileFailures;
            suites.append("  <testsuite name=\"").append(attribute(file.getKey())).append("\" tests=\"")
                    .append(file.getValue().size()).append("\" failures=\"").append(fileFailures)
                    .append("\" errors=\"0\" skipped=\"0\">\n").append(body).append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"kwlint\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\">\n"
                + suites + "</testsuites>\n";
    }

    /** File, then test case name (the object, or the file itself), then its findings. */
    private static Map<String, Map<String, List<Finding>>> cases(Report report) {
        Map<String, Map<String, List<Finding>>> cases = new LinkedHashMap<>();
        for (String file : report.files().keySet().stream().sorted().toList()) {
            cases.put(file, new LinkedHashMap<>());
        }
        for (KubeObject object : report.objects()) {
            cases.computeIfAbsent(object.file().displayPath(), f -> new LinkedHashMap<>())
                    .putIfAbsent(object.ref().toString(), new ArrayList<>());
        }
        for (Finding finding : report.findings()) {
            String name = finding.object() == null ? "(file)" : finding.objectName();
            cases.computeIfAbsent(finding.location().file(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(name, n -> new ArrayList<>()).add(finding);
        }
        cases.values().forEach(byCase -> {
            if (byCase.isEmpty()) {
                byCase.put("(file)", new ArrayList<>());
            }
        });
        return cases;
    }

    /** Writes one test case; returns 1 if it failed. */
    private int testCase(String file, String name, List<Finding> findings, StringBuilder out) {
        out.append("    <testcase classname=\"").append(attribute(file)).append("\" name=\"").append(attribute(name))
                .append("\" file=\"").append(attribute(file)).append("\"");
        List<Finding> failing = findings.stream().filter(this::fails).toList();
        List<Finding> others = findings.stream().filter(f -> !fails(f)).toList();
        if (findings.isEmpty()) {
            out.append("/>\n");
            return 0;
        }
        out.append(">\n");
        if (!failing.isEmpty()) {
            Finding first = failing.get(0);
            out.append("      <failure message=\"").append(attribute(first.message())).append("\" type=\"")
                    .append(attribute(first.ruleId())).append("\">");
            failing.forEach(f -> out.append(text(line(f))).append('\n'));
            out.append("</failure>\n");
        }
        if (!others.isEmpty()) {
            out.append("      <system-out>");
            others.forEach(f -> out.append(text(line(f))).append('\n'));
            out.append("</system-out>\n");
        }
        out.append("    </testcase>\n");
        return failing.isEmpty() ? 0 : 1;
    }

    private boolean fails(Finding finding) {
        return failAt != null && finding.severity().atLeast(failAt);
    }

    private static String line(Finding f) {
        return f.location().file() + ":" + f.location().line() + ":" + f.location().column() + ": " + f.severity().id()
                + ": " + f.message() + " [" + f.ruleId() + "]";
    }

    private static String text(String value) {
        return escape(value, false);
    }

    private static String attribute(String value) {
        return escape(value, true);
    }

    /** XML 1.0 escaping; characters XML cannot carry at all become U+FFFD. */
    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    boolean allowed = c == '\t' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
