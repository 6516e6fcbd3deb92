package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.model.KubeObject;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.YamlComment;
import java.util.List;

/**
 * One input after loading: its text, the objects it holds, what was wrong with it, and the
 * comments the parser read (suppressions are taken from them).
 */
public record LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable,
        List<YamlComment> comments) {

    public LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable) {
        this(file, objects, findings, readable, List.of());
    }
}
