package io.kwlint.testing;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.model.KubeVersion;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Runs the linter the way tests need it. */
public final class Lint {

    private Lint() {
    }

    /** Lints YAML text given inline, reported under {@code name}. */
    public static Report text(String name, String yaml) {
        return text(name, yaml, KubeVersion.DEFAULT);
    }

    public static Report text(String name, String yaml, KubeVersion version) {
        return text(name, yaml, version, Set.of());
    }

    /** Lints inline YAML with opt-in rules enabled as well. */
    public static Report text(String name, String yaml, KubeVersion version, Set<String> optIn) {
        LintOptions options = LintOptions.defaults().withKubeVersion(version).withEnabledRules(optIn);
        return new Linter(options).check(List.of(SourceInput.text(name, yaml)));
    }

    /** Lints files or directories, with paths in reports relative to {@code base}. */
    public static Report paths(Path base, KubeVersion version, List<String> paths) throws Exception {
        return paths(base, version, paths, Set.of());
    }

    public static Report paths(Path base, KubeVersion version, List<String> paths, Set<String> optIn) throws Exception {
        return paths(base, version, paths, optIn, io.kwlint.model.PodSecurityDefaults.PRIVILEGED);
    }

    public static Report paths(Path base, KubeVersion version, List<String> paths, Set<String> optIn,
            io.kwlint.model.PodSecurityDefaults podSecurity) throws Exception {
        List<SourceInput> inputs = new InputCollector(base, List.of(), List.of(), true).collect(paths);
        return new Linter(LintOptions.defaults().withKubeVersion(version).withEnabledRules(optIn)
                .withPodSecurity(podSecurity)).check(inputs);
    }
}
