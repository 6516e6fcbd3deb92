package io.kwlint.cli;

import io.kwlint.config.KwlintConfig;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} and {@code simulate} share: the manifests to read and the cluster to imitate. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (searched for *.yaml and *.yml); - reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--kube-version", paramLabel = "1.NN",
            description = "Kubernetes version whose API server and controllers to imitate (default: the newest kwlint knows).")
    String kubeVersion;

    @Option(names = "--feature-gates", paramLabel = "GATE=BOOL", split = ",",
            description = "Feature gates that differ from the version's defaults, e.g. MaxUnavailableStatefulSet=true.")
    Map<String, String> featureGates = new LinkedHashMap<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files found in directories that match GLOB (repeatable; default: *.yaml and *.yml).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and directories that match GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "Also search hidden directories and files such as kustomization.yaml, Chart.yaml, values.yaml.")
    boolean noDefaultExcludes;

    @Option(names = "--stdin-filename", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "Name reports use for standard input (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read defaults from FILE (default: .kwlint.yaml in the working directory or the nearest one above it).")
    Path configFile;

    @Option(names = "--no-config", description = "Ignore .kwlint.yaml.")
    boolean noConfig;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Directory that report paths and the SARIF %%SRCROOT%% are relative to (default: the working directory).")
    Path baseDir;

    private KwlintConfig config;

    /** The configuration file's settings: --config, else the nearest .kwlint.yaml, else none. */
    KwlintConfig config(Environment environment) {
        if (config != null) {
            return config;
        }
        Optional<Path> file = noConfig ? Optional.empty()
                : configFile != null ? Optional.of(environment.workingDir().resolve(configFile))
                : KwlintConfig.find(environment.workingDir());
        try {
            config = file.isPresent() ? KwlintConfig.read(file.get()) : KwlintConfig.none();
        } catch (KwlintConfig.ConfigException e) {
            throw new UsageError(e.getMessage());
        }
        return config;
    }

    Path base(Environment environment) {
        return environment.workingDir().resolve(baseDir == null ? Path.of("") : baseDir).normalize();
    }

    /** --kube-version, else the configuration's, else the newest kwlint knows. */
    KubeVersion kubeVersion(Environment environment) {
        if (kubeVersion == null) {
            return config(environment).kubeVersion().orElse(KubeVersion.DEFAULT);
        }
        try {
            return KubeVersion.parse(kubeVersion).requireSupported();
        } catch (IllegalArgumentException e) {
            throw new UsageError("--kube-version: " + e.getMessage());
        }
    }

    /** The configuration's feature gates, overridden by --feature-gates. */
    Map<Feature, Boolean> featureGates(Environment environment) {
        Map<Feature, Boolean> gates = new EnumMap<>(Feature.class);
        gates.putAll(config(environment).featureGates());
        featureGates.forEach((name, value) -> {
            List<String> known = Arrays.stream(Feature.values()).map(Feature::gateName).sorted().toList();
            Feature feature = Feature.named(name.strip()).orElseThrow(() -> new UsageError("--feature-gates: kwlint knows no gate '"
                    + name.strip() + "'" + io.kwlint.value.Suggestions.closest(known, name.strip())
                            .map(g -> " (did you mean '" + g + "'?)").orElse("; known: " + known)));
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new UsageError("--feature-gates: " + name + "=" + value + " must be true or false");
            }
            gates.put(feature, Boolean.parseBoolean(value.strip()));
        });
        return gates;
    }

    /** The inputs to read; a usage error when a path does not exist or nothing is found. */
    List<SourceInput> inputs(Environment environment) {
        List<String> allExcludes = new ArrayList<>(config(environment).exclude());
        allExcludes.addAll(excludes);
        InputCollector collector = new InputCollector(base(environment), includes, allExcludes, !noDefaultExcludes);
        List<SourceInput> inputs = new ArrayList<>();
        List<String> filePaths = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                inputs.add(SourceInput.stream(stdinName, environment.stdin()));
            } else {
                filePaths.add(path);
            }
        }
        // A path that does not exist, next to paths that do, is that file's finding (file-unreadable)
        // and the others are still checked; a run where nothing exists is a usage error.
        List<String> existing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String path : filePaths) {
            (Files.exists(base(environment).resolve(path)) ? existing : missing).add(path);
        }
        if (!missing.isEmpty() && existing.isEmpty() && inputs.isEmpty()) {
            throw new UsageError("no such file or directory: " + String.join(", ", missing));
        }
        try {
            inputs.addAll(collector.collect(existing));
        } catch (InputCollector.NoSuchInputException e) {
            throw new UsageError(e.getMessage());
        }
        for (String path : missing) {
            Path file = base(environment).resolve(path).normalize();
            inputs.add(SourceInput.file(file, collector.displayPath(file)));
        }
        if (inputs.isEmpty()) {
            throw new UsageError("no YAML files found in " + String.join(", ", paths)
                    + " (searched for *.yaml and *.yml; see --include)");
        }
        return inputs;
    }

    /** A usage error if a report would be written over one of the inputs: kwlint never overwrites a manifest. */
    static void requireNotAnInput(Path output, List<SourceInput> inputs) {
        Path target = output.toAbsolutePath().normalize();
        for (SourceInput input : inputs) {
            Optional<Path> path = input.path();
            if (path.isPresent() && sameFile(target, path.get().toAbsolutePath().normalize())) {
                throw new UsageError("--output " + output + " is one of the inputs: kwlint does not write over a manifest");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
