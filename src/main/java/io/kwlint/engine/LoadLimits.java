package io.kwlint.engine;

import io.kwlint.yaml.YamlLimits;

/**
 * Bounds on one input file.
 *
 * @param maxFileBytes larger files are reported, not read (32 MiB by default: the API server
 *                     takes at most 3 MiB per request, so no real manifest file comes close)
 * @param yaml         bounds on the YAML inside
 */
public record LoadLimits(long maxFileBytes, YamlLimits yaml) {

    public static final LoadLimits DEFAULT = new LoadLimits(32L * 1024 * 1024, YamlLimits.DEFAULT);
}
