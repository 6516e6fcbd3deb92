package io.kwlint.yaml;

import java.util.List;

/**
 * What reading a YAML text gave: the documents read completely, in order (empty documents
 * skipped), the problems found, and the comments read, in order. After a syntax error or an
 * exceeded limit reading stops, so the documents and comments before it are still here.
 */
public record YamlStream(List<YamlDocument> documents, List<YamlProblem> problems, List<YamlComment> comments) {

    public YamlStream(List<YamlDocument> documents, List<YamlProblem> problems) {
        this(documents, problems, List.of());
    }
}
