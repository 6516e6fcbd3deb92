package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.model.KubeObject;
import io.kwlint.source.SourceFile;
import java.util.List;

/** One input after loading: its text, the objects it holds, and what was wrong with it. */
public record LoadedFile(SourceFile file, List<KubeObject> objects, List<Finding> findings, boolean readable) {
}
