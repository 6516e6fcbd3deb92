package io.kwlint.yaml;

/**
 * Bounds that keep hostile or accidental input (a "billion laughs" file, a pathological nesting,
 * a generated monster) from exhausting time or memory. The defaults are far above what real
 * manifests need: the largest documents in public repositories (CRDs) stay under 1/10 of them.
 *
 * @param maxDepth          deepest nesting of mappings and sequences
 * @param maxAliasNodes     nodes a file may create by expanding aliases
 * @param maxDocuments      documents in one file
 */
public record YamlLimits(int maxDepth, int maxAliasNodes, int maxDocuments) {

    public static final YamlLimits DEFAULT = new YamlLimits(500, 100_000, 10_000);
}
