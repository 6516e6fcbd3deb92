package io.kwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.rule.Rule;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleId;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps classes, pages, test cases and messages of the rule catalogue in step. */
class RuleCatalogTest {

    /** Builtin findings that no committed file can trigger, each tested in its own unit test instead. */
    private static final Set<String> WITHOUT_CASES = Set.of(
            "file-unreadable", // ManifestLoaderTest: a file that cannot be read
            "internal-error"); // LinterTest: a rule that throws

    private final RuleCatalog catalog = RuleCatalog.builtIn();

    @Test
    void everyPageLoadsAndEveryNonBuiltinPageHasItsClass() {
        assertThat(catalog.all()).isNotEmpty();
        for (RuleMetadata rule : catalog.all()) {
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(catalog.implementations().containsKey(rule.id())).as(rule.id()).isEqualTo(!rule.builtin());
        }
    }

    @Test
    void everyRuleClassHasAPage() throws IOException {
        Path sources = TestPaths.root().resolve("src/main/java/io/kwlint/rules");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                Matcher id = Pattern.compile("@RuleId\\(\"([^\"]+)\"\\)").matcher(text);
                if (id.find()) {
                    assertThat(catalog.find(id.group(1))).as("rules/%s.md for %s", id.group(1), file.getFileName()).isPresent();
                    assertThat(file.getFileName().toString()).isEqualTo(RuleMetadata.toPascalCase(id.group(1)) + ".java");
                }
            }
        }
    }

    @Test
    void everyImplementationIsAnnotatedWithItsId() {
        catalog.implementations().forEach((id, rule) -> {
            RuleId annotation = rule.getClass().getAnnotation(RuleId.class);
            assertThat(annotation.value()).isEqualTo(id);
            assertThat(rule).isInstanceOf(Rule.class);
        });
    }

    @Test
    void everyRuleHasBadAndGoodCases() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleMetadata rule : catalog.all()) {
            if (WITHOUT_CASES.contains(rule.id())) {
                continue;
            }
            Path cases = TestPaths.testdata().resolve("rules").resolve(rule.id());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(cases)) {
                try (Stream<Path> list = Files.list(cases)) {
                    list.forEach(p -> names.add(p.getFileName().toString()));
                }
            }
            if (names.stream().noneMatch(n -> n.startsWith("bad"))) {
                problems.add(rule.id() + " has no bad case in testdata/rules/" + rule.id());
            }
            if (names.stream().noneMatch(n -> n.startsWith("good"))) {
                problems.add(rule.id() + " has no good case in testdata/rules/" + rule.id());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCaseFolderNamesARule() throws IOException {
        try (Stream<Path> folders = Files.list(TestPaths.testdata().resolve("rules"))) {
            for (Path folder : folders.toList()) {
                assertThat(catalog.find(folder.getFileName().toString())).as("rule for testdata folder %s", folder).isPresent();
            }
        }
    }

    /**
     * Every message a page declares is used by its class (or, for builtin pages, by the engine),
     * so that pages do not collect dead wording. Unknown ids fail at run time in the case tests.
     */
    @Test
    void everyDeclaredMessageIsUsed() throws IOException {
        StringBuilder engineSources = new StringBuilder();
        try (Stream<Path> files = Files.walk(TestPaths.root().resolve("src/main/java/io/kwlint"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                engineSources.append(Files.readString(file));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (RuleMetadata rule : catalog.all()) {
            String source = rule.builtin() ? engineSources.toString() : ruleSource(rule.pascalName());
            for (String messageId : rule.messages().keySet()) {
                if (!source.contains("\"" + messageId + "\"")) {
                    unused.add(rule.id() + ": " + messageId);
                }
            }
        }
        assertThat(unused).as("messages declared in rules/*.md but never reported").isEmpty();
    }

    /** A rule class's source, with that of the rules-package class it extends (which may report for it). */
    private static String ruleSource(String className) throws IOException {
        Path rules = TestPaths.root().resolve("src/main/java/io/kwlint/rules");
        String source = Files.readString(rules.resolve(className + ".java"));
        java.util.regex.Matcher parent = java.util.regex.Pattern.compile("\\bextends (\\w+)").matcher(source);
        if (parent.find() && Files.exists(rules.resolve(parent.group(1) + ".java"))) {
            source += ruleSource(parent.group(1));
        }
        return source;
    }

    @Test
    void aPageSupersedesOnlySchemaRules() {
        for (RuleMetadata rule : catalog.all()) {
            assertThat(io.kwlint.schema.SchemaValidator.RULES)
                    .as("%s: supersedes names schema rules, whose findings its errors make redundant", rule.id())
                    .containsAll(rule.supersedes());
            if (io.kwlint.schema.SchemaValidator.isSchemaRule(rule.id())) {
                assertThat(rule.supersedes()).as("%s: a schema rule supersedes nothing", rule.id()).isEmpty();
            }
        }
    }

    @Test
    void pagesHaveTheSectionsUsersRead() {
        for (RuleMetadata rule : catalog.all()) {
            assertThat(rule.why()).as("%s: ## Why", rule.id()).isNotBlank();
            assertThat(rule.body()).as(rule.id()).contains("## Bad").contains("## Good");
            assertThat(rule.summary()).as("%s: summary ends with a period", rule.id()).endsWith(".");
            if (!rule.builtin()) {
                assertThat(rule.badExamples()).as("%s: a yaml example under ## Bad", rule.id()).isNotEmpty();
                assertThat(rule.goodExamples()).as("%s: a yaml example under ## Good", rule.id()).isNotEmpty();
                assertThat(rule.kinds()).as("%s: kinds", rule.id()).isNotEmpty();
            }
        }
    }
}
