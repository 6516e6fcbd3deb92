package io.kwlint.report;

import io.kwlint.engine.Report;
import io.kwlint.model.KubeVersion;
import io.kwlint.testing.Golden;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reports of the bundled examples, byte for byte. After an intended change, regenerate with
 * {@code mvn -pl src test -Dtest=GoldenReportsTest -Dkwlint.updateGolden=true} and review the diff.
 */
class GoldenReportsTest {

    private static Report examples() throws Exception {
        return Lint.paths(TestPaths.root(), KubeVersion.DEFAULT, List.of("testdata/examples"));
    }

    @Test
    void text() throws Exception {
        matchesGolden("examples.txt", new TextReporter(TextReporter.Options.full(false)).render(examples()));
    }

    @Test
    void compact() throws Exception {
        matchesGolden("examples.compact.txt", new TextReporter(TextReporter.Options.compact(p -> p)).render(examples()));
    }

    @Test
    void json() throws Exception {
        matchesGolden("examples.json", new JsonReporter().render(examples()));
    }

    @Test
    void junit() throws Exception {
        String xml = new JunitReporter(io.kwlint.finding.Severity.ERROR).render(examples());
        // Well-formed XML, as CI systems parse it.
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        matchesGolden("examples.junit.xml", xml);
    }

    @Test
    void github() throws Exception {
        matchesGolden("examples.github.txt", new GithubReporter().render(examples()));
    }

    @Test
    void markdown() throws Exception {
        matchesGolden("examples.md", new MarkdownReporter(io.kwlint.KwlintInfo.docsBaseUrl()).render(examples()));
    }

    @Test
    void sarif() throws Exception {
        String sarif = new SarifReporter(TestPaths.root()).render(examples());
        // The only machine-specific value: where %SRCROOT% is.
        String rootUri = TestPaths.root().toUri().toString();
        matchesGolden("examples.sarif", sarif.replace(rootUri.endsWith("/") ? rootUri : rootUri + "/", "file:///REPOSITORY/"));
    }

    private static void matchesGolden(String name, String actual) throws Exception {
        Golden.assertMatches("" + name, actual);
    }
}
