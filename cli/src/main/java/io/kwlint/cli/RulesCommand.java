package io.kwlint.cli;

import io.kwlint.KwlintInfo;
import io.kwlint.config.KwlintConfig;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.value.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kwlint rules [ID]}: the rule catalogue, or one rule's page. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the rules, or prints the documentation of one rule.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    KwlintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id, e.g. job-restart-policy.")
    String id;

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            list(catalog.all(), out);
            return ExitCode.CLEAN;
        }
        RuleMetadata rule = catalog.find(id).orElseThrow(() -> new UsageError("unknown rule '" + id + "'"
                + closest(catalog.all(), id) + "; run 'kwlint rules' for the list"));
        out.println(rule.id() + ": " + rule.title());
        out.println("severity: " + rule.severity().id() + "    category: " + rule.category().id()
                + "    kinds: " + (rule.kinds().isEmpty() ? "any" : String.join(", ", rule.kinds()))
                + "    since: " + rule.since());
        out.println(rule.helpUri(docsBaseUrl()));
        if (!rule.fix().isEmpty()) {
            out.println("fix (kwlint check --fix): " + rule.fix());
        }
        out.println();
        out.println(rule.body());
        return ExitCode.CLEAN;
    }

    /**
     * The rule pages' address for the working directory's repository: its .kwlint.yaml's
     * docsBaseUrl, else this build's. A broken .kwlint.yaml is check's to report, not this listing's.
     */
    private String docsBaseUrl() {
        try {
            Optional<java.nio.file.Path> file = KwlintConfig.find(parent.environment().workingDir());
            return file.isPresent() ? KwlintConfig.read(file.get()).effectiveDocsBaseUrl() : KwlintInfo.docsBaseUrl();
        } catch (KwlintConfig.ConfigException e) {
            return KwlintInfo.docsBaseUrl();
        }
    }

    private static void list(List<RuleMetadata> rules, PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        out.printf("%-" + width + "s  %-8s %-14s %s%n", "RULE", "SEVERITY", "CATEGORY", "TITLE");
        for (RuleMetadata rule : rules) {
            String title = rule.enabledByDefault() ? rule.title() : rule.title() + " (opt-in: --enable " + rule.id() + ")";
            out.printf("%-" + width + "s  %-8s %-14s %s%n", rule.id(), rule.severity().id(), rule.category().id(), title);
        }
        out.println();
        out.println(rules.size() + " rules. 'kwlint rules ID' prints one rule's documentation.");
    }

    /** ", did you mean X?" for the nearest id by edit distance, when it is near enough. */
    private static String closest(List<RuleMetadata> rules, String id) {
        List<String> ids = rules.stream().map(RuleMetadata::id).toList();
        return Suggestions.closest(ids, id).map(candidate -> ", did you mean '" + candidate + "'?").orElse("");
    }
}
