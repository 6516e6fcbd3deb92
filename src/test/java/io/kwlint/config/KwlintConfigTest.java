package io.kwlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kwlint.finding.Severity;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.PodSecurityDefaults;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.rule.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .kwlint.yaml: every key read, every mistake located. */
class KwlintConfigTest {

    private static final Path FILE = Path.of("/repo/.kwlint.yaml");

    @Test
    void readsEveryKey() throws Exception {
        KwlintConfig config = KwlintConfig.parse(FILE, """
                kubeVersion: "1.30"
                failOn: warning
                enable: [image-digest]
                disable: [image-tag]
                severity: {container-limits-missing: info}
                exclude: ["legacy/**"]
                featureGates: {MaxUnavailableStatefulSet: true}
                schemaLocations: [schemas/crds]
                strictKinds: true
                baseline: .kwlint-baseline.json
                podSecurity:
                  enforce: baseline
                  enforce-version: v1.30
                  warn: restricted
                  exemptions: {namespaces: [kube-system], runtimeClasses: [kata]}
                docsBaseUrl: https://git.example.com/platform/kwlint/-/blob/main/rules
                """);
        assertThat(config.kubeVersion()).contains(KubeVersion.of(30));
        assertThat(config.failOn()).contains("warning");
        assertThat(config.enable()).containsExactly("image-digest");
        assertThat(config.disable()).containsExactly("image-tag");
        assertThat(config.severity()).isEqualTo(Map.of("container-limits-missing", Severity.INFO));
        assertThat(config.exclude()).containsExactly("legacy/**");
        assertThat(config.featureGates()).isEqualTo(Map.of(Feature.MAX_UNAVAILABLE_STATEFUL_SET, true));
        assertThat(config.schemaLocations()).containsExactly(Path.of("/repo/schemas/crds"));
        assertThat(config.strictKinds()).isTrue();
        assertThat(config.baseline()).contains(Path.of("/repo/.kwlint-baseline.json"));
        assertThat(config.podSecurity()).isEqualTo(new PodSecurityDefaults(
                new PodSecurityPolicy(PodSecurityPolicy.Level.BASELINE, Optional.of(30)),
                PodSecurityPolicy.latest(PodSecurityPolicy.Level.RESTRICTED),
                PodSecurityPolicy.latest(PodSecurityPolicy.Level.PRIVILEGED), Set.of("kube-system"), Set.of("kata")));
        assertThat(config.lintOptions().target().podSecurity()).isEqualTo(config.podSecurity());
        assertThat(config.effectiveDocsBaseUrl()).isEqualTo("https://git.example.com/platform/kwlint/-/blob/main/rules/");
    }

    @Test
    void withoutDocsBaseUrlTheRulePagesAreTheBuildsAndEndInTheRuleId() throws Exception {
        KwlintConfig config = KwlintConfig.parse(FILE, "failOn: error\n");
        assertThat(config.effectiveDocsBaseUrl()).isEqualTo(io.kwlint.KwlintInfo.docsBaseUrl()).endsWith("/rules/");
        assertThat(RuleCatalog.builtIn().find("image-tag").orElseThrow().helpUri(config.effectiveDocsBaseUrl()))
                .isEqualTo(io.kwlint.KwlintInfo.docsBaseUrl() + "image-tag.md");
    }

    @Test
    void mistakesNameTheirPlace() {
        assertError("failon: warning\n", "/repo/.kwlint.yaml:1:1: unknown key `failon` (did you mean `failOn`?)");
        assertError("failOn: sometimes\n", "/repo/.kwlint.yaml:1:9: failOn must be one of error, warning, info, none, not `sometimes`");
        assertError("disable: [image-tagg]\n", "/repo/.kwlint.yaml:1:11: unknown rule `image-tagg` (did you mean `image-tag`?)");
        assertError("kubeVersion: \"1.99\"\n", "/repo/.kwlint.yaml:1:14: kubeVersion: kwlint knows Kubernetes 1.16 to 1.35, not 1.99");
        assertError("severity: {image-tag: fatal}\n", "/repo/.kwlint.yaml:1:23: severity of image-tag must be one of error, warning, info, not `fatal`");
        assertError("enable: image-digest\n", "/repo/.kwlint.yaml:1:9: a rule list must be a list, not a string");
        assertError("strictKinds: maybe\n", "/repo/.kwlint.yaml:1:14: strictKinds must be true or false");
        assertError("featureGates: {NoSuchGate: true}\n", "/repo/.kwlint.yaml:1:16: kwlint knows no feature gate `NoSuchGate`");
        assertError("failOn: [error\n", "/repo/.kwlint.yaml:");
        assertError("podSecurity: {enforce: strict}\n",
                "/repo/.kwlint.yaml:1:24: podSecurity: enforce must be privileged, baseline or restricted, not `strict`");
        assertError("podSecurity: {enforce-versoin: v1.30}\n",
                "/repo/.kwlint.yaml:1:15: podSecurity: unknown key `enforce-versoin` (did you mean `enforce-version`?)");
        assertError("docsBaseUrl: rules/\n",
                "/repo/.kwlint.yaml:1:14: docsBaseUrl must be an http or https URL, e.g. https://github.com/kwlint/kwlint/blob/main/rules/");
        assertError("docsBaseUrl: [a]\n", "/repo/.kwlint.yaml:1:1: docsBaseUrl must be a string, not a list");
        assertError("- a\n- b\n", "/repo/.kwlint.yaml:1:1: the configuration must be a map, not a list");
    }

    @Test
    void anEmptyFileIsNoConfiguration() throws Exception {
        assertThat(KwlintConfig.parse(FILE, "# nothing yet\n").enable()).isEmpty();
    }

    @Test
    void isFoundInTheNearestDirectoryAbove(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".kwlint.yaml"), "failOn: none\n");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertThat(KwlintConfig.find(nested)).contains(dir.resolve(".kwlint.yaml").toAbsolutePath());
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> KwlintConfig.parse(FILE, yaml))
                .isInstanceOf(KwlintConfig.ConfigException.class).hasMessageStartingWith(message);
    }
}
