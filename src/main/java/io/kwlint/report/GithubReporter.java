package io.kwlint.report;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=...,line=...,col=...::message} per finding,
 * which GitHub shows as annotations on the pull request. GitHub shows at most 10 errors and 10
 * warnings of each step (50 per job): when there are more, a closing notice says so and points to
 * the SARIF report, which code scanning shows in full.
 */
public final class GithubReporter {

    static final int SHOWN_PER_LEVEL = 10;

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append("::").append(command(finding.severity()))
                    .append(" file=").append(property(finding.location().file()))
                    .append(",line=").append(finding.location().line())
                    .append(",col=").append(finding.location().column())
                    .append(",endLine=").append(finding.location().span().end().line())
                    .append(",endColumn=").append(finding.location().span().end().column())
                    .append(",title=").append(property("kwlint " + finding.ruleId()))
                    .append("::").append(data(finding.message() + (finding.object() == null ? ""
                            : " (" + finding.objectName() + (finding.fieldPath() == null ? "" : ": " + finding.fieldPathText()) + ")")))
                    .append('\n');
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        if (errors > SHOWN_PER_LEVEL || warnings > SHOWN_PER_LEVEL) {
            out.append("::notice title=kwlint::").append(data("kwlint found " + errors + " errors and " + warnings
                    + " warnings; GitHub shows only the first " + SHOWN_PER_LEVEL + " of each per step. Upload the SARIF"
                    + " report (kwlint check --format sarif --output kwlint.sarif) to see them all in code scanning."))
                    .append('\n');
        }
        return out.toString();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message part: %, CR and LF are escaped. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also : and , are escaped. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
