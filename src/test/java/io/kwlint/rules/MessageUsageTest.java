package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.testing.CaseHeader;
import io.kwlint.testing.Lint;
import io.kwlint.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every message a rule page declares is the message of a finding its bad cases report: a message
 * nothing produces is a stale page or an untested branch. The few that no case can produce are
 * listed here with the reason.
 */
class MessageUsageTest {

    /** rule id / message id, and why no testdata case reports it. */
    private static final Map<String, String> UNREACHABLE_FROM_CASES = Map.of(
            "internal-error/crashed", "only a rule that throws reports it (LinterTest makes one throw)",
            "schema-value/unusable", "only a user schema that does not load (LinterTest and the CLI tests load one)",
            "file-unreadable/io", "needs a file the process cannot read (ManifestLoaderTest, HostileInputCliTest)",
            "input-limits/file-too-large", "needs a file over the size limit (ManifestLoaderTest)",
            "schema-value/other", "only a user schema has constraints beyond types, enums, quantities and int32 ranges"
                    + " (SchemaValidationTest)");

    @Test
    void everyDeclaredMessageIsReportedByABadCase() throws Exception {
        RuleCatalog catalog = RuleCatalog.builtIn();
        Map<String, Set<String>> used = new HashMap<>();
        Path rules = TestPaths.testdata().resolve("rules");
        for (Path ruleDir : RuleCasesTest.sortedChildren(rules)) {
            String ruleId = ruleDir.getFileName().toString();
            for (Path entry : RuleCasesTest.sortedChildren(ruleDir)) {
                String name = entry.getFileName().toString();
                if (!name.startsWith("bad") || name.endsWith(".fixed")) {
                    continue;
                }
                Path first = Files.isDirectory(entry) ? RuleCasesTest.yamlFilesIn(entry).get(0) : entry;
                CaseHeader header = CaseHeader.parse(new String(Files.readAllBytes(first), StandardCharsets.ISO_8859_1));
                Report report = Lint.paths(ruleDir, header.kubeVersion(), List.of(name), Set.of(ruleId));
                for (Finding finding : report.findings()) {
                    used.computeIfAbsent(finding.ruleId(), r -> new HashSet<>()).add(finding.messageId());
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (RuleMetadata rule : catalog.all()) {
            for (String messageId : rule.messages().keySet()) {
                String key = rule.id() + "/" + messageId;
                if (!used.getOrDefault(rule.id(), Set.of()).contains(messageId) && !UNREACHABLE_FROM_CASES.containsKey(key)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("messages of rule pages that no bad case under testdata/rules reports").isEmpty();
    }
}
