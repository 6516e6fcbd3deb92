package io.kwlint.yaml;

import java.util.List;

/**
 * What reading a YAML text gave: the documents read completely, in order (empty documents
 * skipped), and the problems found. After a syntax error or an exceeded limit reading stops, so
 * the documents before it are still here.
 */
public record YamlStream(List<YamlDocument> documents, List<YamlProblem> problems) {
}
