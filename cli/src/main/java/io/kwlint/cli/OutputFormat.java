package io.kwlint.cli;

import io.kwlint.report.ReportFormat;

/** The report formats of {@code kwlint check --format} (lower case, as picocli lists them). */
enum OutputFormat {
    text, compact, json, sarif, junit, github, markdown;

    ReportFormat engineFormat() {
        return ReportFormat.valueOf(name().toUpperCase(java.util.Locale.ROOT));
    }
}
