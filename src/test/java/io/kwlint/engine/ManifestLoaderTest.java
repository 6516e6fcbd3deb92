package io.kwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.finding.Finding;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.source.SourceInput;
import io.kwlint.yaml.YamlLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

    private final ManifestLoader loader = new ManifestLoader(LoadLimits.DEFAULT, KubeVersion.DEFAULT, RuleCatalog.builtIn());

    @Test
    void anUnreadableFileIsAFindingNotAnException(@TempDir Path dir) {
        LoadedFile loaded = loader.load(SourceInput.file(dir.resolve("gone.yaml"), "gone.yaml"));
        assertThat(loaded.readable()).isFalse();
        assertThat(loaded.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("file-unreadable");
            assertThat(f.message()).isEqualTo("cannot read the file: no such file");
            assertThat(f.location().line()).isEqualTo(1);
        });
        LoadedFile directory = loader.load(SourceInput.file(dir, "dir.yaml"));
        assertThat(directory.findings()).extracting(Finding::ruleId).containsExactly("file-unreadable");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "a: " + "x".repeat(2000) + "\n");
        ManifestLoader small = new ManifestLoader(new LoadLimits(1000, YamlLimits.DEFAULT), KubeVersion.DEFAULT,
                RuleCatalog.builtIn());
        assertThat(small.load(SourceInput.file(big, "big.yaml")).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("larger than 1000 bytes"));
    }

    @Test
    void objectsKnowTheirKindOnlyAtAModeledApiVersion() {
        LoadedFile loaded = loader.load(SourceInput.text("k.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a, namespace: prod}
                ---
                apiVersion: extensions/v1beta1
                kind: Deployment
                metadata: {name: b}
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: c}
                """));
        assertThat(loaded.objects()).hasSize(3);
        KubeObject first = loaded.objects().get(0);
        assertThat(first.kind()).contains(Kind.DEPLOYMENT);
        assertThat(first.ref()).hasToString("Deployment/prod/a");
        assertThat(loaded.objects().get(1).kind()).isEmpty();
        assertThat(loaded.objects().get(2).kind()).isEmpty();
        assertThat(loaded.objects()).extracting(KubeObject::documentIndex).containsExactly(0, 1, 2);
    }

    @Test
    void aListIsExpandedIntoItsItemsWithPathsOfTheirOwn() {
        LoadedFile loaded = loader.load(SourceInput.text("l.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: a}
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: b}
                """));
        assertThat(loaded.objects()).extracting(o -> o.ref().toString()).containsExactly("Service/a", "Deployment/b");
        assertThat(loaded.objects().get(1).metadata().get("name").path()).hasToString("metadata.name");
        assertThat(loaded.objects().get(1).metadata().get("name").span().start().line()).isEqualTo(9);
    }

    @Test
    void aHelmTemplateIsOneFindingInsteadOfAHeapOfYamlErrors() {
        LoadedFile loaded = loader.load(SourceInput.text("chart.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: x
                {{- if .Values.enabled }}
                spec: {}
                {{- end }}
                """));
        assertThat(loaded.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("helm-template");
            assertThat(f.location().line()).isEqualTo(5);
        });
    }

    @Test
    void standardInputIsReadLikeAFile() {
        LoadedFile loaded = loader.load(SourceInput.stream("<stdin>", new ByteArrayInputStream(
                "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(loaded.file().displayPath()).isEqualTo("<stdin>");
        assertThat(loaded.objects()).hasSize(1);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        byte[] utf16 = ("\uFEFFapiVersion: v1\nkind: Service\nmetadata: {name: s}\n").getBytes(StandardCharsets.UTF_16BE);
        LoadedFile loaded = loader.load(SourceInput.stream("u.yaml", new ByteArrayInputStream(utf16)));
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.objects()).hasSize(1);
    }

    @Test
    void aTemplateAfterALoneCarriageReturnIsPlacedOnItsOwnLine() {
        // YAML ends a line at a \r on its own; the template marker must be counted the same way.
        assertThat(ManifestLoader.goTemplatePosition("a: 1\rb: {{ .Values.x }}\r\nc: 2"))
                .hasValueSatisfying(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo(4);
                });
        assertThat(ManifestLoader.goTemplatePosition("a: 1\r\n\r\n  {{- include \"x\" . }}"))
                .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(3));
    }
}
