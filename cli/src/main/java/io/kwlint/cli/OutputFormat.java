package io.kwlint.cli;

/** The report formats of {@code kwlint check --format}. */
enum OutputFormat {
    /** For people: compiler-style lines, the source line with a caret, a summary. */
    text,
    /** One line per finding, {@code path:line:col: severity: message [rule]}: for IDEs and scripts. */
    compact,
    /** kwlint's JSON, documented in the README. */
    json,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    sarif,
    /** JUnit XML: a test case per object, a failure per finding at or above --fail-on. */
    junit,
    /** GitHub Actions workflow commands (::error file=...::), shown as annotations. */
    github
}
