package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubeValidationTest {

    @Test
    void dnsLabelsSayWhatIsWrongInTheApiServersWords() {
        assertThat(KubeValidation.dns1123Label("web-0")).isEmpty();
        assertThat(KubeValidation.dns1123Label("abc.123")).containsExactly("must not contain dots");
        assertThat(KubeValidation.dns1123Label("Web")).containsExactly(
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and"
                        + " end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is"
                        + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
        assertThat(KubeValidation.dns1123Label("a".repeat(64))).containsExactly("must be no more than 63 characters");
        assertThat(KubeValidation.dns1123Subdomain("example.com")).isEmpty();
    }

    @Test
    void qualifiedNamesCheckPrefixAndName() {
        assertThat(KubeValidation.qualifiedName("app.kubernetes.io/name")).isEmpty();
        assertThat(KubeValidation.qualifiedName("/name")).containsExactly("prefix part must be non-empty");
        assertThat(KubeValidation.qualifiedName("a/b/c")).singleElement().asString().startsWith("a qualified name must consist");
        assertThat(KubeValidation.qualifiedName("x/" + "n".repeat(64))).contains("name part must be no more than 63 characters");
        assertThat(KubeValidation.labelValue("")).isEmpty();
        assertThat(KubeValidation.labelValue("-x")).hasSize(1);
    }
}
