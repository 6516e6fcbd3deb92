package io.kwlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The index the build makes of the rule pages holds exactly what the pages say. */
class RuleIndexFileTest {

    @Test
    void anIndexReadsBackAsThePages() throws Exception {
        List<RuleMetadata> pages = RuleCatalog.builtIn().all();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleIndex.write(pages, out);
        assertThat(RuleIndex.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(pages);
    }

    @Test
    void theIndexOfThisBuildIsTheCurrentPages() throws Exception {
        Path built = Path.of(RuleIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(RuleIndex.RESOURCE);
        Assumptions.assumeTrue(Files.isRegularFile(built), "no index: the build's process-classes phase did not run");
        try (InputStream in = Files.newInputStream(built)) {
            assertThat(RuleIndex.read(in)).containsExactlyInAnyOrderElementsOf(RuleCatalog.builtIn().all());
        }
    }

    @Test
    void everyRuleHasItsClassAndEveryBuiltinNone() {
        RuleCatalog.builtIn().all().forEach(RuleCatalog::checkImplementation);
    }
}
