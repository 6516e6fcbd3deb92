package io.kwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path base;

    @BeforeEach
    void tree() throws Exception {
        for (String file : List.of("k8s/web.yaml", "k8s/db.yml", "k8s/notes.txt", "k8s/kustomization.yaml",
                "k8s/overlays/prod/web.yaml", "k8s/.hidden/secret.yaml", "chart/Chart.yaml", "chart/values.yaml",
                "chart/values-prod.yaml", "test/fixture.yaml", "top.yaml")) {
            Path path = base.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "a: 1\n");
        }
    }

    private List<String> collect(List<String> includes, List<String> excludes, boolean defaults, String... paths)
            throws Exception {
        return new InputCollector(base, includes, excludes, defaults).collect(List.of(paths)).stream()
                .map(SourceInput::displayPath).toList();
    }

    @Test
    void directoriesAreSearchedForYamlLeavingOutKnownNonManifests() throws Exception {
        assertThat(collect(List.of(), List.of(), true, "."))
                .containsExactly("k8s/db.yml", "k8s/overlays/prod/web.yaml", "k8s/web.yaml", "test/fixture.yaml", "top.yaml");
    }

    @Test
    void withoutDefaultExcludesEverythingYamlIsFound() throws Exception {
        assertThat(collect(List.of(), List.of(), false, "k8s", "chart"))
                .containsExactly("chart/Chart.yaml", "chart/values-prod.yaml", "chart/values.yaml", "k8s/.hidden/secret.yaml",
                        "k8s/db.yml", "k8s/kustomization.yaml", "k8s/overlays/prod/web.yaml", "k8s/web.yaml");
    }

    @Test
    void includeAndExcludeGlobsFilterTheWalk() throws Exception {
        assertThat(collect(List.of("*.yml"), List.of(), true, ".")).containsExactly("k8s/db.yml");
        assertThat(collect(List.of(), List.of("test/**", "**/overlays/**"), true, "."))
                .containsExactly("k8s/db.yml", "k8s/web.yaml", "top.yaml");
        assertThat(collect(List.of(), List.of("**/web.yaml"), true, "k8s")).containsExactly("k8s/db.yml");
        assertThat(collect(List.of(), List.of("overlays/"), true, "k8s")).containsExactly("k8s/db.yml", "k8s/web.yaml");
    }

    @Test
    void namedFilesAreCheckedWhateverTheirNameAndOnlyOnce() throws Exception {
        assertThat(collect(List.of(), List.of(), true, "k8s/notes.txt", "k8s/web.yaml", "k8s"))
                .containsExactly("k8s/db.yml", "k8s/notes.txt", "k8s/overlays/prod/web.yaml", "k8s/web.yaml");
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertThatThrownBy(() -> collect(List.of(), List.of(), true, "nope"))
                .isInstanceOf(InputCollector.NoSuchInputException.class)
                .hasMessage("no such file or directory: nope");
    }
}
