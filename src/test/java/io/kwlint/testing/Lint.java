package io.kwlint.testing;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.model.KubeVersion;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.nio.file.Path;
import java.util.List;

/** Runs the linter the way tests need it. */
public final class Lint {

    private Lint() {
    }

    /** Lints YAML text given inline, reported under {@code name}. */
    public static Report text(String name, String yaml) {
        return text(name, yaml, KubeVersion.DEFAULT);
    }

    public static Report text(String name, String yaml, KubeVersion version) {
        return new Linter(LintOptions.defaults().withKubeVersion(version)).check(List.of(SourceInput.text(name, yaml)));
    }

    /** Lints files or directories, with paths in reports relative to {@code base}. */
    public static Report paths(Path base, KubeVersion version, List<String> paths) throws Exception {
        List<SourceInput> inputs = new InputCollector(base, List.of(), List.of(), true).collect(paths);
        return new Linter(LintOptions.defaults().withKubeVersion(version)).check(inputs);
    }
}
