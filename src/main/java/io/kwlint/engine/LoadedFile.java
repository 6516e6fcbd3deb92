package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.model.KubeObject;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.Span;
import io.kwlint.yaml.YamlComment;
import java.util.List;

/**
 * One input after loading: its text, the objects it holds, what was wrong with it, and the
 * comments the parser read (suppressions are taken from them).
 */
public record LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable,
        List<YamlComment> comments, Skipped skipped, List<Span> placeholders) {

    /** Why a file a directory walk found was left out, if it was. */
    public enum Skipped {
        /** Checked. */
        NO,
        /** None of its documents has apiVersion or kind: a tool's configuration, a workflow, an OpenAPI file. */
        NOT_KUBERNETES,
        /** A template of a Helm chart (templates/ beside Chart.yaml): only its rendered output can be checked. */
        CHART_TEMPLATE
    }

    public LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable) {
        this(file, objects, findings, readable, List.of(), Skipped.NO, List.of());
    }

    public LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable,
            List<YamlComment> comments, Skipped skipped) {
        this(file, objects, findings, readable, comments, skipped, List.of());
    }

    static LoadedFile skipped(SourceFile file, Skipped why) {
        return new LoadedFile(file, List.of(), List.of(), true, List.of(), why);
    }
}
