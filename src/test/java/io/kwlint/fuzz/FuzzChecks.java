package io.kwlint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.json.JsonReader;
import io.kwlint.report.ReportFormat;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The properties every fuzz target holds kwlint to, whatever the input: no exception escapes
 * (the target would fail), no internal-error finding, every location inside its file, and every
 * report well-formed (JSON parses, SARIF has its shape, and its schema when
 * {@code -Dkwlint.sarifSchema} names Microsoft's sarif-2.1.0.json, JUnit XML parses).
 */
final class FuzzChecks {

    private static final Schema SARIF_SCHEMA = sarifSchema();
    /**
     * Each input must finish within this many seconds (-Dkwlint.fuzzBound): 5 as regression tests;
     * .ci/fuzz allows 20, since the fuzzer's instrumentation slows every branch several times over.
     */
    private static final long BOUND_NANOS = Long.getLong("kwlint.fuzzBound", 5) * 1_000_000_000L;

    /** Fails when an input took longer than the bound, measured from {@code startNanos}. */
    static void finishedInTime(long startNanos) {
        long elapsed = System.nanoTime() - startNanos;
        assertThat(elapsed).as("the input took %d ms", elapsed / 1_000_000).isLessThanOrEqualTo(BOUND_NANOS);
    }

    private FuzzChecks() {
    }

    private static Schema sarifSchema() {
        String path = System.getProperty("kwlint.sarifSchema", "");
        if (path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        try {
            return SchemaRegistry.withDefaultDialect(Dialects.getDraft202012())
                    .getSchema(Files.readString(Path.of(path)), InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param input the bytes every file of the report was read from: the bound for findings about a
     *              file kwlint could not decode (which keeps no text)
     */
    static void findingsAreSound(Report report, byte[] input) {
        int inputLines = 1;
        for (byte b : input) {
            inputLines += b == '\n' ? 1 : 0;
        }
        for (Finding finding : report.findings()) {
            assertThat(finding.ruleId()).as("internal error: %s", finding.message()).isNotEqualTo("internal-error");
            assertInside(report, finding.location(), finding, inputLines);
            for (Finding.Related related : finding.related()) {
                assertInside(report, related.location(), finding, inputLines);
            }
        }
    }

    private static void assertInside(Report report, Location location, Finding finding, int inputLines) {
        Span span = location.span();
        assertThat(span.start().line()).as("%s", finding).isPositive();
        assertThat(span.start().column()).as("%s", finding).isPositive();
        SourceFile file = report.file(location.file()).orElse(null);
        if (file == null || file.text().isEmpty()) {
            assertThat(span.start().line()).as("%s", finding).isLessThanOrEqualTo(inputLines);
            return;
        }
        assertThat(span.start().line()).as("%s", finding).isLessThanOrEqualTo(file.lineCount() + 1);
        if (span.start().line() <= file.lineCount()) {
            String line = file.line(span.start().line());
            assertThat(span.start().column()).as("%s", finding).isLessThanOrEqualTo(line.codePointCount(0, line.length()) + 1);
        }
    }

    /**
     * kwlint check --fix on the input: the fixes apply without a failure, their diff renders, and
     * the fixed text is checked again without an internal error.
     */
    static void fixesAreSound(Report report, io.kwlint.engine.Linter linter) {
        for (io.kwlint.engine.Fixes.FixedFile fixed : io.kwlint.engine.Fixes.apply(report).values()) {
            String path = fixed.source().displayPath();
            assertThat(io.kwlint.engine.Fixes.unifiedDiff(path, fixed.source().text(), fixed.text())).startsWith("--- a/" + path);
            Report again = linter.check(List.of(io.kwlint.source.SourceInput.text(path, fixed.text())));
            assertThat(again.findings()).extracting(Finding::ruleId).as("after fixing").doesNotContain("internal-error");
        }
    }

    /** Renders every format and checks that each is well-formed. */
    static void reportsAreWellFormed(Report report) throws Exception {
        UnaryOperator<String> same = UnaryOperator.identity();
        for (ReportFormat format : ReportFormat.values()) {
            String rendered = format.render(report, Path.of("."), null, false, same);
            assertThat(rendered.getBytes(StandardCharsets.UTF_8)).isNotNull();
            switch (format) {
                case JSON -> assertThat(JsonReader.parse(rendered)).isInstanceOf(Map.class);
                case SARIF -> sarif(rendered);
                case JUNIT -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8)));
                default -> {
                    // text, compact and github: encodable, checked above
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void sarif(String rendered) {
        Map<String, Object> log = (Map<String, Object>) JsonReader.parse(rendered);
        assertThat(log.get("version")).isEqualTo("2.1.0");
        List<Object> runs = (List<Object>) log.get("runs");
        assertThat(runs).hasSize(1);
        if (SARIF_SCHEMA != null) {
            assertThat(SARIF_SCHEMA.validate(rendered, InputFormat.JSON)).as("SARIF schema errors").isEmpty();
        }
    }
}
