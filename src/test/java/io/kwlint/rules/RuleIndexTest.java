package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * rules/README.md, the catalogue as a table by category, is generated from the rule pages. After
 * adding or changing a rule, regenerate it with -Dkwlint.updateGolden=true.
 */
class RuleIndexTest {

    @Test
    void indexIsCurrent() throws Exception {
        Path index = TestPaths.rules().resolve("README.md");
        String generated = render();
        if (Boolean.getBoolean("kwlint.updateGolden")) {
            Files.writeString(index, generated, StandardCharsets.UTF_8);
        }
        io.kwlint.testing.Golden.assertSameText(Files.readString(index, StandardCharsets.UTF_8), generated,
                "rules/README.md is out of date; regenerate with -Dkwlint.updateGolden=true");
    }

    private static String render() {
        StringBuilder out = new StringBuilder("# kwlint rules\n\n");
        out.append("Generated from the rule pages by RuleIndexTest; `kwlint rules` prints the same catalogue.\n");
        out.append("Severity: **error** the API server rejects the object or its controller cannot work with it,\n");
        out.append("**warning** accepted but wrong in practice, **info** worth knowing. Opt-in rules run only\n");
        out.append("with `--enable RULE`.\n");
        for (io.kwlint.rule.Category category : io.kwlint.rule.Category.values()) {
            out.append("\n## ").append(category.heading()).append("\n\n| rule | severity | what it checks |\n|---|---|---|\n");
            for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
                if (rule.category() == category) {
                    out.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
                            .append(rule.severity().id()).append(rule.enabledByDefault() ? "" : " (opt-in)").append(" | ")
                            .append(rule.summary()).append(" |\n");
                }
            }
        }
        return out.toString();
    }
}
