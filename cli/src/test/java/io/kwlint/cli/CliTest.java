package io.kwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kwlint as a user runs it, in-process: arguments in, exit status and output out. */
class CliTest {

    private static final Path ROOT = Path.of(System.getProperty("kwlint.root", "..")).toAbsolutePath().normalize();

    /** A Service without selector (its endpoints are managed elsewhere): nothing to report. */
    private static final String CLEAN_SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n"
            + "  ports: [{port: 80}]\n";

    record Run(int status, String out, String err) {
    }

    private static Run kwlint(Path workingDir, String stdin, Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                workingDir, env, terminal);
        int status = Main.run(args, environment, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static Run kwlint(String... args) {
        return kwlint(ROOT, "", Map.of(), false, args);
    }

    @Test
    void theBundledExamplesHaveErrorsSoTheExitStatusIsOne() {
        Run run = kwlint("check", "testdata/examples");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("testdata/examples/web.yaml:15:7: error: `selector` does not match template `labels`")
                .contains("[selector-mismatch]")
                .contains("    15 |       labels:")
                .contains("4 errors and 6 warnings in 4 files (6 objects); 4 info not shown (--min-severity info shows them)")
                .doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnSetsTheThreshold() {
        assertThat(kwlint("check", "testdata/examples", "--fail-on", "none").status()).isZero();
        String warningsOnly = "testdata/rules/statefulset-service-name-missing/bad-no-service-name.yaml";
        assertThat(kwlint("check", warningsOnly).status()).isZero();
        assertThat(kwlint("check", warningsOnly, "--fail-on", "warning").status()).isEqualTo(1);
        assertThat(kwlint("check", "testdata/rules/pod-requests-total/good-no-requests.yaml", "--fail-on", "info").status())
                .isEqualTo(1);
    }

    @Test
    void aCleanInputExitsZero(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("svc.yaml"), CLEAN_SERVICE);
        Run run = kwlint(dir, "", Map.of(), false, "check", ".");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("no findings in 1 file (1 object)\n");
    }

    @Test
    void standardInputIsCheckedUnderTheGivenName() {
        Run run = kwlint(ROOT, "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n"
                + "      containers: [{name: c, image: \"c:1\"}]\n", Map.of(), false,
                "check", "-", "--stdin-filename", "rendered.yaml", "--format", "compact");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("rendered.yaml:6:5: error: restartPolicy is not set");
    }

    @Test
    void severalReportsAtOnce(@TempDir Path dir) throws Exception {
        Run run = kwlint(ROOT, "", Map.of(), false, "check", "testdata/examples",
                "--format", "sarif", "--output", dir.resolve("out/kwlint.sarif").toString(),
                "--format", "json", "--output", dir.resolve("kwlint.json").toString(),
                "--format", "compact");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("testdata/examples/agent.yaml:10:17: error:");
        assertThat(Files.readString(dir.resolve("out/kwlint.sarif"))).contains("\"version\": \"2.1.0\"");
        assertThat(Files.readString(dir.resolve("kwlint.json"))).contains("\"errors\": 4");
    }

    @Test
    void usageErrorsExitTwoWithOneLine(@TempDir Path empty) {
        Run missing = kwlint("check", "no/such/dir");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("kwlint: no such file or directory: no/such/dir\n");

        Run nothing = kwlint(empty, "", Map.of(), false, "check", ".");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("kwlint: no YAML files found in .");

        assertThat(kwlint("check", "testdata/examples", "--kube-version", "one.two").err())
                .startsWith("kwlint: --kube-version: not a Kubernetes version: 'one.two'");
        assertThat(kwlint("check", "testdata/examples", "--format", "xml").status()).isEqualTo(2);
        assertThat(kwlint("check").err()).contains("Missing required parameter");
        assertThat(kwlint("check", "testdata/examples", "--disable", "no-such-rule").err())
                .isEqualTo("kwlint: --disable: unknown rule 'no-such-rule' (see kwlint rules)\n");
        assertThat(kwlint("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void usageErrorsSuggestWhatWasMeant() {
        assertThat(kwlint("check", "testdata/examples", "--enable", "image-digets").err())
                .isEqualTo("kwlint: --enable: unknown rule 'image-digets' (did you mean 'image-digest'?)\n");
        assertThat(kwlint("check", "testdata/examples", "--feature-gates", "MaxUnavailableStatefulSett=true").err())
                .isEqualTo("kwlint: --feature-gates: kwlint knows no gate 'MaxUnavailableStatefulSett'"
                        + " (did you mean 'MaxUnavailableStatefulSet'?)\n");
        Run option = kwlint("check", "--fail-onn", "error", "testdata/examples");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--fail-onn'").contains("Did you mean: --fail-on?");
    }

    @Test
    void theTextReportLeavesInfoOutUnlessAskedAndQuietShowsErrorsOnly() {
        Run all = kwlint("check", "testdata/examples", "--min-severity", "info");
        assertThat(all.out()).contains("4 errors, 6 warnings and 4 info in 4 files (6 objects)\n")
                .contains(": info: ");
        Run quiet = kwlint("check", "testdata/examples", "--quiet", "--format", "compact");
        assertThat(quiet.status()).isEqualTo(1);
        assertThat(quiet.out().lines()).hasSize(4).allMatch(line -> line.contains(": error: "));
        Run json = kwlint("check", "testdata/examples", "--format", "json");
        assertThat(json.out()).contains("\"severity\": \"info\"");
        // Several findings on one container share one source excerpt.
        Run text = kwlint("check", "testdata/examples/web.yaml", "--min-severity", "warning");
        assertThat(text.out().split("\n {4}19 \\|", -1)).hasSize(2);
    }

    @Test
    void aLongTextReportEndsWithTheFindingsPerRule() {
        Run run = kwlint("check", "testdata/rules/image-tag", "testdata/rules/readiness-probe-missing");
        assertThat(run.out()).contains("findings per rule:\n")
                .containsPattern("\n  image-tag +\\d+ warning\n")
                .containsPattern("\n  readiness-probe-missing +\\d+ warning\n");
        assertThat(kwlint("check", "testdata/examples").out()).doesNotContain("findings per rule");
    }

    @Test
    void aBareKwlintPrintsTheHelpAndExitsTwo() {
        Run bare = kwlint();
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.out()).isEmpty();
        assertThat(bare.err()).startsWith("Usage: kwlint").contains("Commands:");
    }

    @Test
    void twoReportsOnStandardOutputAreAUsageError() {
        Run run = kwlint("check", "testdata/examples", "--format", "json", "--format", "sarif");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kwlint: --format json and --format sarif would both write to standard output:"
                + " give all but one of them --output FILE\n");
    }

    @Test
    void anEmptyInputIsNoSilentPass() {
        Run empty = kwlint(ROOT, "", Map.of(), false, "check", "-");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("kwlint: no Kubernetes object in the input (did `helm template`");
        assertThat(kwlint(ROOT, "", Map.of(), false, "check", "-", "--allow-empty").status()).isZero();
        assertThat(kwlint(ROOT, "# nothing rendered\n---\n", Map.of(), false, "check", "-").status()).isEqualTo(2);
    }

    @Test
    void aDirectoryOfYamlThatHoldsNoManifestSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: docs\n");
        Run run = kwlint(dir, "", Map.of(), false, "check", ".");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kwlint: no Kubernetes object in the input: the YAML file found holds none"
                + " (--verbose lists them); --allow-empty accepts that\n");
    }

    @Test
    void aMissingPathNextToGoodOnesIsAFindingAndTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("svc.yaml"), CLEAN_SERVICE);
        Run run = kwlint(dir, "", Map.of(), false, "check", "svc.yaml", "gone.yaml", "--format", "compact");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("gone.yaml:1:1: error: cannot read the file: no such file [file-unreadable]")
                .doesNotContain("svc.yaml:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brokenInputIsAFindingWithALocationNotACrash(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-broken.yaml"), "apiVersion: v1\nkind: [\n");
        Files.writeString(dir.resolve("b-good.yaml"), CLEAN_SERVICE);
        Files.write(dir.resolve("c-latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = kwlint(dir, "", Map.of(), false, "check", ".", "--format", "compact");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("a-broken.yaml:3:1: error: YAML syntax error")
                .contains("c-latin1.yaml:1:10: error: the file is not UTF-8: byte 0xE9");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void colorOnATerminalUnlessNoColor() {
        String file = "testdata/examples/jobs.yaml";
        assertThat(kwlint(ROOT, "", Map.of(), true, "check", file).out()).contains("\u001b[1;31merror:");
        assertThat(kwlint(ROOT, "", Map.of("NO_COLOR", "1"), true, "check", file).out()).doesNotContain("\u001b[");
        assertThat(kwlint(ROOT, "", Map.of(), false, "check", file, "--color", "always").out()).contains("\u001b[");
        Map<String, String> dumb = new HashMap<>();
        dumb.put("TERM", "dumb");
        assertThat(kwlint(ROOT, "", dumb, true, "check", file).out()).doesNotContain("\u001b[");
    }

    @Test
    void rulesListsTheCatalogueAndPrintsOnePage() {
        Run list = kwlint("rules");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("job-restart-policy").contains("error").contains("api-rejected");
        Run page = kwlint("rules", "job-restart-policy");
        assertThat(page.out()).startsWith("job-restart-policy: Job pods must not restart Always\n").contains("## Why");
        Run typo = kwlint("rules", "job-restart-polcy");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'job-restart-policy'?");
    }

    @Test
    void versionAndHelp() {
        assertThat(kwlint("--version").out()).startsWith("kwlint 0.1.0");
        Run help = kwlint("check", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--fail-on").contains("--format").contains("--kube-version");
    }

    @Test
    void simulatePrintsTheGoldenPreviewForOneObject() throws Exception {
        Run run = kwlint("simulate", "testdata/simulate/deployments.yaml", "--object", "Deployment/ex2-ten-replicas");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Deployment/ex2-ten-replicas  (testdata/simulate/deployments.yaml:20)\n")
                .contains("     2     8     5    13        11  oooooooo#####  scale new up by 2")
                .contains("peak: 13 pods (cpu 3250m, memory 1664Mi)");
    }

    @Test
    void simulateJsonMatchesTheGoldenFile() throws Exception {
        Run run = kwlint("simulate", "testdata/simulate/daemonsets.yaml", "--nodes", "5", "--format", "json");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(ROOT.resolve("testdata/golden/simulate/daemonsets.json")));
    }

    @Test
    void simulateStalledAndCronRunsFromAGivenTime() {
        Run stalled = kwlint("simulate", "testdata/simulate/deployment-stalled.yaml", "--assume", "stalled");
        assertThat(stalled.out()).contains("stalled: waits: 5 new pods unavailable, maxUnavailable 2 reached");
        Run cron = kwlint("simulate", "testdata/simulate/jobs.yaml", "--object", "CronJob/hourly", "--from",
                "2026-03-01T10:30:00Z", "--runs", "2");
        assertThat(cron.out()).contains("    2026-03-01 11:00 Z\n    2026-03-01 12:00 Z\n  each run's Job:");
    }

    @Test
    void simulateUsageErrorsExitTwo() {
        Run unknown = kwlint("simulate", "testdata/simulate/deployments.yaml", "--object", "Deployment/nope");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--object Deployment/nope: no Deployment, StatefulSet, DaemonSet, Job or CronJob");
        assertThat(kwlint("simulate", "testdata/simulate", "--assume", "maybe").status()).isEqualTo(2);
        assertThat(kwlint("simulate", "testdata/simulate", "--nodes", "0").status()).isEqualTo(2);
        assertThat(kwlint("simulate", "testdata/simulate", "--from", "yesterday").status()).isEqualTo(2);
    }

    @Test
    void checkSimulateAddsThePreviewAfterTheFindings() {
        Run run = kwlint("check", "testdata/simulate/quota.yaml", "--simulate");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("[rollout-exceeds-quota]")
                .contains("\nRollout preview\n\nDeployment/shop/web  (testdata/simulate/quota.yaml:10)");
    }

    @Test
    void checkSimulateInJsonPutsThePreviewsBesideTheFindings() throws Exception {
        Run run = kwlint("check", "testdata/simulate/quota.yaml", "--simulate", "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        Map<?, ?> json = (Map<?, ?>) io.kwlint.json.JsonReader.parse(run.out());
        assertThat((List<?>) json.get("findings")).isNotEmpty();
        List<?> previews = (List<?>) json.get("previews");
        assertThat(previews).isNotEmpty();
        Map<?, ?> first = (Map<?, ?>) previews.get(0);
        assertThat(first.get("object")).isEqualTo("Deployment/shop/web");
        assertThat(((Map<?, ?>) first.get("outcome")).get("result")).isEqualTo("stalled");
        Run plain = kwlint("check", "testdata/simulate/quota.yaml", "--format", "json");
        assertThat(((Map<?, ?>) io.kwlint.json.JsonReader.parse(plain.out())).containsKey("previews")).isFalse();
    }

    @Test
    void schemaOptions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("widget.yaml"), "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"
                + "spec: {size: big}\n");
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/widget-example-v1.json"),
                "{\"properties\": {\"spec\": {\"properties\": {\"size\": {\"type\": \"integer\"}}}}}");
        assertThat(kwlint(dir, "", Map.of(), false, "check", "widget.yaml").status()).isZero();
        Run strict = kwlint(dir, "", Map.of(), false, "check", "widget.yaml", "--strict-kinds", "--format", "compact");
        assertThat(strict.out()).contains("widget.yaml:2:7: error: no schema for Widget example.com/v1");
        Run located = kwlint(dir, "", Map.of(), false, "check", "widget.yaml", "--schema-location", "schemas",
                "--format", "compact");
        assertThat(located.out()).contains("widget.yaml:4:14: error: `size` must be an integer, got the string \"big\" [schema-type]");
        assertThat(kwlint(dir, "", Map.of(), false, "check", "widget.yaml", "--schema-location", "nowhere").status())
                .isEqualTo(2);
        Run off = kwlint("check", "testdata/rules/schema-type/bad-types.yaml", "--no-schemas", "--format", "compact");
        assertThat(off.out()).doesNotContain("[schema-");
    }

    @Test
    void initWritesAStarterThatTheConfigurationReaderAccepts(@TempDir Path dir) throws Exception {
        Run init = kwlint(dir, "", Map.of(), false, "init");
        assertThat(init.status()).isZero();
        assertThat(io.kwlint.config.KwlintConfig.read(dir.resolve(".kwlint.yaml")).failOn()).contains("error");
        assertThat(kwlint(dir, "", Map.of(), false, "init").status()).isEqualTo(2);
        assertThat(kwlint(dir, "", Map.of(), false, "init", "--force").status()).isZero();
    }

    @Test
    void configurationFromTheNearestKwlintYamlAndCommandLineWins(@TempDir Path dir) throws Exception {
        Files.copy(ROOT.resolve("testdata/examples/web.yaml"), dir.resolve("web.yaml"));
        Path nested = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(dir.resolve(".kwlint.yaml"), "failOn: none\ndisable: [selector-mismatch]\n");
        Run configured = kwlint(nested, "", Map.of(), false, "check", "../web.yaml", "--format", "compact");
        assertThat(configured.status()).isZero();
        assertThat(configured.out()).doesNotContain("[selector-mismatch]");
        Run overridden = kwlint(nested, "", Map.of(), false, "check", "../web.yaml", "--fail-on", "warning",
                "--enable", "selector-mismatch");
        assertThat(overridden.status()).isEqualTo(1);
        assertThat(kwlint(nested, "", Map.of(), false, "check", "../web.yaml", "--no-config").status()).isEqualTo(1);
        Files.writeString(dir.resolve(".kwlint.yaml"), "failOn: none\nfailOn: error\n");
        Run broken = kwlint(nested, "", Map.of(), false, "check", "../web.yaml");
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).startsWith("kwlint: " + dir.resolve(".kwlint.yaml") + ":2:1: ");
    }

    @Test
    void rulePagesLinkToTheDocsBaseUrlOfKwlintYaml(@TempDir Path dir) throws Exception {
        Files.copy(ROOT.resolve("testdata/examples/web.yaml"), dir.resolve("web.yaml"));
        Files.writeString(dir.resolve(".kwlint.yaml"), "docsBaseUrl: https://git.example.com/kwlint/rules\n");
        Run sarif = kwlint(dir, "", Map.of(), false, "check", "web.yaml", "--format", "sarif");
        assertThat(sarif.out()).contains("\"helpUri\": \"https://git.example.com/kwlint/rules/selector-mismatch.md\"")
                .doesNotContain("github.com/kwlint/kwlint/blob");
        Run rule = kwlint(dir, "", Map.of(), false, "rules", "selector-mismatch");
        assertThat(rule.out()).contains("\nhttps://git.example.com/kwlint/rules/selector-mismatch.md\n");
        Run elsewhere = kwlint("rules", "selector-mismatch");
        assertThat(elsewhere.out()).contains("\n" + io.kwlint.KwlintInfo.docsBaseUrl() + "selector-mismatch.md\n");
    }

    @Test
    void baselineHidesRecordedFindingsAndShowsNewOnes(@TempDir Path dir) throws Exception {
        Files.copy(ROOT.resolve("testdata/examples/web.yaml"), dir.resolve("web.yaml"));
        assertThat(kwlint(dir, "", Map.of(), false, "check", ".", "--baseline", "kwlint-baseline.json",
                "--update-baseline").status()).isZero();
        Run clean = kwlint(dir, "", Map.of(), false, "check", ".", "--baseline", "kwlint-baseline.json");
        assertThat(clean.status()).isZero();
        assertThat(clean.err()).contains("findings hidden by the baseline");
        Files.writeString(dir.resolve("job.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n"
                + "  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n");
        Run fresh = kwlint(dir, "", Map.of(), false, "check", ".", "--baseline", "kwlint-baseline.json", "--format", "compact");
        assertThat(fresh.status()).isEqualTo(1);
        assertThat(fresh.out()).contains("job.yaml:").doesNotContain("web.yaml:");
        assertThat(kwlint(dir, "", Map.of(), false, "check", ".", "--baseline", "web.yaml").status()).isEqualTo(2);
    }

    @Test
    void aBaselineWrittenFromAnotherDirectorySaysWhyItHidesNothing(@TempDir Path dir) throws Exception {
        Path k8s = Files.createDirectories(dir.resolve("k8s"));
        Files.copy(ROOT.resolve("testdata/examples/web.yaml"), k8s.resolve("web.yaml"));
        assertThat(kwlint(k8s, "", Map.of(), false, "check", ".", "--baseline", "baseline.json", "--update-baseline")
                .status()).isZero();
        Run there = kwlint(k8s, "", Map.of(), false, "check", ".", "--baseline", "baseline.json");
        assertThat(there.status()).isZero();
        assertThat(there.err()).doesNotContain("warning");
        Run elsewhere = kwlint(dir, "", Map.of(), false, "check", "k8s", "--baseline", "k8s/baseline.json");
        assertThat(elsewhere.status()).isEqualTo(1);
        assertThat(elsewhere.err()).contains("kwlint: warning: the baseline " + dir.resolve("k8s/baseline.json")
                + " records findings in web.yaml, which this run reads as k8s/web.yaml: their findings are not hidden."
                + " A baseline's paths are relative to the directory it was written from; run kwlint there, or give"
                + " --base-dir that directory");
    }

    @Test
    void pathsOutsideTheWorkingDirectoryArePrintedRelativeToIt() throws Exception {
        Path rules = ROOT.resolve("testdata/rules");
        Run compact = kwlint(rules, "", Map.of(), false, "check", "../examples", "--format", "compact");
        assertThat(compact.out()).contains("../examples/web.yaml:15:7: error: ").doesNotContain(ROOT.toString());
        Run absolute = kwlint(rules, "", Map.of(), false, "check", "../examples", "--format", "compact", "--absolute-paths");
        assertThat(absolute.out()).contains(ROOT.resolve("testdata/examples/web.yaml") + ":15:7: error: ");
        Run sarif = kwlint(rules, "", Map.of(), false, "check", "../examples", "--format", "sarif");
        assertThat(sarif.out()).contains("\"uri\": \"" + ROOT.resolve("testdata/examples/web.yaml").toUri() + "\"")
                .doesNotContain("\"uri\": \"../");
    }

    @Test
    void fixDryRunPrintsTheDiffAndFixRewritesOnlyTheFixedText(@TempDir Path dir) throws Exception {
        String job = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}  # a comment stays\nspec:\n  template:\n"
                + "    spec:\n      restartPolicy: Always\n      containers: [{name: c, image: 'busybox:1.36'}]\n";
        Files.writeString(dir.resolve("job.yaml"), job);
        Run dry = kwlint(dir, "", Map.of(), false, "check", ".", "--fix-dry-run");
        assertThat(dry.status()).isZero();
        assertThat(dry.out()).isEqualTo("--- a/job.yaml\n+++ b/job.yaml\n@@ -4,5 +4,5 @@\n spec:\n   template:\n     spec:\n"
                + "-      restartPolicy: Always\n+      restartPolicy: OnFailure\n       containers: [{name: c, image: 'busybox:1.36'}]\n");
        assertThat(dry.err()).isEqualTo("kwlint: --fix would fix 1 finding in 1 file\n");
        assertThat(Files.readString(dir.resolve("job.yaml"))).isEqualTo(job);

        Run fixed = kwlint(dir, "", Map.of(), false, "check", ".", "--fix", "--format", "compact");
        assertThat(fixed.status()).isZero();
        assertThat(fixed.err()).isEqualTo("kwlint: fixed 1 finding in 1 file\n");
        assertThat(fixed.out()).doesNotContain("[job-restart-policy]");
        assertThat(Files.readString(dir.resolve("job.yaml"))).isEqualTo(job.replace("restartPolicy: Always", "restartPolicy: OnFailure"));
        Run again = kwlint(dir, "", Map.of(), false, "check", ".", "--fix-dry-run");
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("kwlint: no finding has a fix\n");

        Run stdin = kwlint(dir, job, Map.of(), false, "check", "-", "--fix");
        assertThat(stdin.status()).isEqualTo(2);
        assertThat(stdin.err()).contains("use --fix-dry-run");
        Run stdinDry = kwlint(dir, job, Map.of(), false, "check", "-", "--stdin-filename", "job.yaml", "--fix-dry-run");
        assertThat(stdinDry.out()).startsWith("--- a/job.yaml\n+++ b/job.yaml\n").contains("+      restartPolicy: OnFailure\n");
    }

    @Test
    void aFixMayEditAnotherFileThanItsFindings(@TempDir Path dir) throws Exception {
        String service = "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  selector: {app: db}\n"
                + "  ports:\n    - port: 5432\n";
        String statefulSet = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n"
                + "  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n"
                + "    spec:\n      containers: [{name: db, image: 'postgres:16.2'}]\n";
        Files.writeString(dir.resolve("service.yaml"), service);
        Files.writeString(dir.resolve("statefulset.yaml"), statefulSet);
        Run dry = kwlint(dir, "", Map.of(), false, "check", ".", "--fix-dry-run", "--enable", "statefulset-governing-service");
        assertThat(dry.out()).isEqualTo("--- a/service.yaml\n+++ b/service.yaml\n@@ -2,6 +2,7 @@\n kind: Service\n"
                + " metadata: {name: db}\n spec:\n+  clusterIP: None\n   selector: {app: db}\n   ports:\n     - port: 5432\n");
        assertThat(dry.err()).isEqualTo("kwlint: --fix would fix 1 finding in 1 file\n");

        Run fixed = kwlint(dir, "", Map.of(), false, "check", ".", "--fix", "--enable", "statefulset-governing-service",
                "--format", "compact");
        assertThat(fixed.out()).doesNotContain("[statefulset-governing-service]");
        assertThat(Files.readString(dir.resolve("service.yaml"))).isEqualTo(service.replace("spec:\n", "spec:\n  clusterIP: None\n"));
        assertThat(Files.readString(dir.resolve("statefulset.yaml"))).isEqualTo(statefulSet);
    }

    @Test
    void ciFormatsAndAbsolutePaths() {
        Run junit = kwlint("check", "testdata/examples", "--format", "junit");
        assertThat(junit.out()).startsWith("<?xml").contains("<testcase classname=\"testdata/examples/web.yaml\" name=\"Deployment/shop/web\"");
        Run github = kwlint("check", "testdata/examples", "--format", "github");
        assertThat(github.out()).contains("::error file=testdata/examples/web.yaml,line=15,col=7,");
        Run absolute = kwlint("check", "testdata/examples", "--format", "compact", "--absolute-paths");
        assertThat(absolute.out()).contains(ROOT.resolve("testdata/examples/web.yaml") + ":15:7: error: ");
        Run both = kwlint("check", "testdata/examples", "--format", "github", "--format", "junit", "--output",
                "target/cli-test/kwlint.xml");
        assertThat(both.out()).startsWith("::");
        assertThat(ROOT.resolve("target/cli-test/kwlint.xml")).exists();
    }

    @Test
    void aReportThatCannotBeWrittenIsAOneLineError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "");
        Run run = kwlint("check", "testdata/examples", "--format", "json", "--output", dir.resolve("file/report.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kwlint: cannot write: " + dir.resolve("file") + ": is a file, where a directory is needed\n");
    }

    @Test
    void simulateSaysWhenTheManifestsHaveErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "apiVersion: v1\nkind: Pod\nspec: {containers: [\n");
        Run run = kwlint(dir, "", Map.of(), false, "simulate", "broken.yaml");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("nothing to preview: no Deployment, StatefulSet, DaemonSet, Job or CronJob\n");
        assertThat(run.err()).isEqualTo("kwlint: these manifests have 1 error that the API server or kwlint's reader"
                + " reports (kwlint check shows them with their places, and what else it finds); the preview covers what"
                + " could be read\n");
    }
}

