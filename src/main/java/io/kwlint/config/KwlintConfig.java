package io.kwlint.config;

import io.kwlint.engine.LintOptions;
import io.kwlint.finding.Severity;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.model.PodSecurityDefaults;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.source.DecodedText;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.SeqNode;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlProblem;
import io.kwlint.yaml.YamlStream;
import io.kwlint.yaml.YamlReader;
import io.kwlint.value.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A repository's {@code .kwlint.yaml}: its defaults for the command line and the Maven plugin.
 * Every key is optional; options given on the command line win. An unknown key or a bad value
 * is an error that names its file, line and column.
 *
 * <pre>
 * kubeVersion: "1.30"
 * failOn: warning
 * enable: [image-digest]
 * disable: [image-tag]
 * severity: {container-limits-missing: info}
 * exclude: ["legacy/**"]
 * featureGates: {MaxUnavailableStatefulSet: true}
 * schemaLocations: [schemas/crds]
 * strictKinds: false
 * baseline: .kwlint-baseline.json
 * podSecurity: {enforce: baseline, enforce-version: v1.35, warn: restricted, exemptions: {namespaces: [kube-system]}}
 * docsBaseUrl: https://git.example.com/platform/kwlint/-/blob/main/rules/
 * </pre>
 */
public record KwlintConfig(Path file, Optional<KubeVersion> kubeVersion, Optional<String> failOn, Set<String> enable,
        Set<String> disable, Map<String, Severity> severity, List<String> exclude, Map<Feature, Boolean> featureGates,
        List<Path> schemaLocations, boolean strictKinds, Optional<Path> baseline, PodSecurityDefaults podSecurity,
        Optional<String> docsBaseUrl) {

    public static final String FILE_NAME = ".kwlint.yaml";
    static final List<String> KEYS = List.of("kubeVersion", "failOn", "enable", "disable", "severity", "exclude",
            "featureGates", "schemaLocations", "strictKinds", "baseline", "podSecurity", "docsBaseUrl");
    static final List<String> FAIL_ON = io.kwlint.engine.FailOn.NAMES;

    /** A mistake in the file, located: {@code .kwlint.yaml:3:10: unknown key `failon` (did you mean `failOn`?)}. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }

    /** The empty configuration: everything from the command line or kwlint's defaults. */
    public static KwlintConfig none() {
        return new KwlintConfig(null, Optional.empty(), Optional.empty(), Set.of(), Set.of(), Map.of(), List.of(), Map.of(),
                List.of(), false, Optional.empty(), PodSecurityDefaults.PRIVILEGED, Optional.empty());
    }

    /**
     * kwlint's defaults with this file's settings: version, feature gates, enabled rules (with
     * schema-missing for strictKinds), disabled rules, severities, schema locations. The command
     * line layers its options on top; the Maven plugin uses them as they are.
     */
    public LintOptions lintOptions() {
        Set<String> enabled = new java.util.HashSet<>(enable);
        if (strictKinds) {
            enabled.add(LintOptions.STRICT_KINDS_RULE);
        }
        return LintOptions.defaults().withKubeVersion(kubeVersion.orElse(KubeVersion.DEFAULT))
                .withFeatureGates(featureGates).withEnabledRules(enabled).withDisabledRules(disable)
                .withSeverityOverrides(severity).withSchemaLocations(schemaLocations).withPodSecurity(podSecurity);
    }

    /** Where the rule pages are published for this repository: its {@code docsBaseUrl}, else the build's. */
    public String effectiveDocsBaseUrl() {
        return docsBaseUrl.orElseGet(io.kwlint.KwlintInfo::docsBaseUrl);
    }

    /** {@code .kwlint.yaml} in {@code start} or the nearest directory above it that has one. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static KwlintConfig read(Path file) throws ConfigException {
        String text;
        try {
            DecodedText decoded = DecodedText.decode(Files.readAllBytes(file));
            if (!decoded.ok()) {
                throw new ConfigException(file + ":" + decoded.errorPosition().line() + ":" + decoded.errorPosition().column()
                        + ": " + decoded.error());
            }
            text = decoded.text();
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        return parse(file, text);
    }

    public static KwlintConfig parse(Path file, String text) throws ConfigException {
        YamlStream stream = new YamlReader(YamlLimits.DEFAULT).read(text);
        if (!stream.problems().isEmpty()) {
            YamlProblem problem = stream.problems().get(0);
            throw new ConfigException(file + ":" + problem.span().start().line() + ":" + problem.span().start().column()
                    + ": " + problem.message());
        }
        if (stream.documents().isEmpty()) {
            return withFile(none(), file);
        }
        return new Parser(file).parse(stream.documents().get(0).root());
    }

    private static KwlintConfig withFile(KwlintConfig config, Path file) {
        return new KwlintConfig(file, config.kubeVersion, config.failOn, config.enable, config.disable, config.severity,
                config.exclude, config.featureGates, config.schemaLocations, config.strictKinds, config.baseline,
                config.podSecurity, config.docsBaseUrl);
    }

    /** Reads the located tree, one key at a time. */
    private static final class Parser {
        private final Path file;
        private final Path dir;
        private final RuleCatalog catalog = RuleCatalog.builtIn();

        Parser(Path file) {
            this.file = file;
            this.dir = file.toAbsolutePath().getParent();
        }

        KwlintConfig parse(Node root) throws ConfigException {
            if (root instanceof ScalarNode scalar && scalar.isNull()) {
                return withFile(none(), file);
            }
            MapNode map = map(root, "the configuration");
            for (MapNode.Entry entry : map.entries()) {
                if (!KEYS.contains(entry.name())) {
                    throw error(entry.keyNode(), "unknown key `" + entry.name() + "`"
                            + Suggestions.closest(KEYS, entry.name()).map(k -> " (did you mean `" + k + "`?)").orElse("")
                            + "; known keys: " + String.join(", ", KEYS));
                }
            }
            Optional<KubeVersion> kubeVersion = optional(map.get("kubeVersion"), this::kubeVersion);
            Optional<String> failOn = optional(map.get("failOn"), n -> oneOf(n, FAIL_ON, "failOn"));
            Set<String> enable = new java.util.LinkedHashSet<>(rules(map.get("enable")));
            Set<String> disable = new java.util.LinkedHashSet<>(rules(map.get("disable")));
            Map<String, Severity> severity = severities(map.get("severity"));
            List<String> exclude = strings(map.get("exclude"), "exclude");
            Map<Feature, Boolean> gates = gates(map.get("featureGates"));
            List<Path> schemaLocations = new ArrayList<>();
            for (String location : strings(map.get("schemaLocations"), "schemaLocations")) {
                schemaLocations.add(dir.resolve(location).normalize());
            }
            boolean strictKinds = optional(map.get("strictKinds"), n -> bool(n, "strictKinds")).orElse(false);
            Optional<Path> baseline = optional(map.get("baseline"), n -> dir.resolve(string(n, "baseline")).normalize());
            PodSecurityDefaults podSecurity = optional(map.get("podSecurity"), this::podSecurity)
                    .orElse(PodSecurityDefaults.PRIVILEGED);
            return new KwlintConfig(file, kubeVersion, failOn, Set.copyOf(enable), Set.copyOf(disable), Map.copyOf(severity),
                    List.copyOf(exclude), Map.copyOf(gates), List.copyOf(schemaLocations), strictKinds, baseline,
                    podSecurity, optional(map.get("docsBaseUrl"), this::docsBaseUrl));
        }

        /** Where a team publishes the rule pages: an http(s) URL, as code scanning links to it. */
        private String docsBaseUrl(Node node) throws ConfigException {
            String url = string(node, "docsBaseUrl");
            try {
                java.net.URI uri = new java.net.URI(url);
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                    return io.kwlint.KwlintInfo.withTrailingSlash(url);
                }
            } catch (java.net.URISyntaxException e) {
                // Reported below, with the others.
            }
            throw error(node, "docsBaseUrl must be an http or https URL, e.g. https://github.com/kwlint/kwlint/blob/main/rules/");
        }

        private interface Reader<T> {
            T read(Node node) throws ConfigException;
        }

        private <T> Optional<T> optional(Node node, Reader<T> reader) throws ConfigException {
            return node.isPresent() && !(node instanceof ScalarNode s && s.isNull())
                    ? Optional.of(reader.read(node)) : Optional.empty();
        }

        private KubeVersion kubeVersion(Node node) throws ConfigException {
            String text = node instanceof ScalarNode scalar ? scalar.text() : "";
            KubeVersion version;
            try {
                version = KubeVersion.parse(text);
            } catch (IllegalArgumentException e) {
                throw error(node, "kubeVersion: " + e.getMessage() + " (write it quoted, e.g. \"1.30\")");
            }
            try {
                return version.requireSupported();
            } catch (IllegalArgumentException e) {
                throw error(node, "kubeVersion: " + e.getMessage());
            }
        }

        private List<String> rules(Node node) throws ConfigException {
            List<String> ids = new ArrayList<>();
            for (Node item : list(node, "a rule list")) {
                String id = string(item, "a rule id");
                if (catalog.find(id).isEmpty()) {
                    throw error(item, "unknown rule `" + id + "`" + Suggestions.closest(
                            catalog.all().stream().map(r -> r.id()).toList(), id).map(k -> " (did you mean `" + k + "`?)")
                            .orElse(" (see kwlint rules)"));
                }
                ids.add(id);
            }
            return ids;
        }

        private Map<String, Severity> severities(Node node) throws ConfigException {
            Map<String, Severity> result = new LinkedHashMap<>();
            if (!node.isPresent()) {
                return result;
            }
            for (MapNode.Entry entry : map(node, "severity").entries()) {
                if (catalog.find(entry.name()).isEmpty()) {
                    throw error(entry.keyNode(), "unknown rule `" + entry.name() + "` (see kwlint rules)");
                }
                String level = oneOf(entry.value(), List.of("error", "warning", "info"), "severity of " + entry.name());
                result.put(entry.name(), Severity.parse(level).orElseThrow());
            }
            return result;
        }

        private Map<Feature, Boolean> gates(Node node) throws ConfigException {
            Map<Feature, Boolean> gates = new EnumMap<>(Feature.class);
            if (!node.isPresent()) {
                return gates;
            }
            for (MapNode.Entry entry : map(node, "featureGates").entries()) {
                Feature feature = Feature.named(entry.name()).orElseThrow(() -> error(entry.keyNode(),
                        "kwlint knows no feature gate `" + entry.name() + "`"));
                gates.put(feature, bool(entry.value(), entry.name()));
            }
            return gates;
        }

        /** The admission configuration's defaults: {enforce: baseline, enforce-version: v1.35, ...}. */
        private PodSecurityDefaults podSecurity(Node node) throws ConfigException {
            Map<String, String> settings = new LinkedHashMap<>();
            List<String> namespaces = List.of();
            List<String> runtimeClasses = List.of();
            List<String> keys = new ArrayList<>(PodSecurityDefaults.KEYS);
            keys.add("exemptions");
            for (MapNode.Entry entry : map(node, "podSecurity").entries()) {
                if (entry.name().equals("exemptions")) {
                    MapNode exemptions = map(entry.value(), "podSecurity.exemptions");
                    for (MapNode.Entry exemption : exemptions.entries()) {
                        if (!List.of("namespaces", "runtimeClasses").contains(exemption.name())) {
                            throw error(exemption.keyNode(), "podSecurity.exemptions: unknown key `" + exemption.name()
                                    + "`; known keys: namespaces, runtimeClasses (exempt users are not known to kwlint)");
                        }
                    }
                    namespaces = strings(exemptions.get("namespaces"), "podSecurity.exemptions.namespaces");
                    runtimeClasses = strings(exemptions.get("runtimeClasses"), "podSecurity.exemptions.runtimeClasses");
                    continue;
                }
                if (!PodSecurityDefaults.KEYS.contains(entry.name())) {
                    throw error(entry.keyNode(), "podSecurity: unknown key `" + entry.name() + "`"
                            + Suggestions.closest(keys, entry.name()).map(k -> " (did you mean `" + k + "`?)")
                                    .orElse("") + "; known keys: " + String.join(", ", keys));
                }
                String value = string(entry.value(), "podSecurity." + entry.name());
                try {
                    PodSecurityDefaults.parse(Map.of(entry.name(), value));
                } catch (IllegalArgumentException e) {
                    throw error(entry.value(), "podSecurity: " + e.getMessage());
                }
                settings.put(entry.name(), value);
            }
            return PodSecurityDefaults.parse(settings).withExemptions(Set.copyOf(namespaces), Set.copyOf(runtimeClasses));
        }

        private List<String> strings(Node node, String key) throws ConfigException {
            List<String> values = new ArrayList<>();
            if (node.isPresent()) {
                for (Node item : list(node, key)) {
                    values.add(string(item, key + " entry"));
                }
            }
            return values;
        }

        private String oneOf(Node node, List<String> allowed, String what) throws ConfigException {
            String value = string(node, what);
            if (!allowed.contains(value)) {
                throw error(node, what + " must be one of " + String.join(", ", allowed) + ", not `" + value + "`");
            }
            return value;
        }

        private boolean bool(Node node, String what) throws ConfigException {
            return node.asBoolean().orElseThrow(() -> error(node, what + " must be true or false"));
        }

        private String string(Node node, String what) throws ConfigException {
            if (node instanceof ScalarNode scalar && !scalar.isNull()) {
                return scalar.text();
            }
            throw error(node, what + " must be a string, not " + node.describeType());
        }

        private List<Node> list(Node node, String what) throws ConfigException {
            if (node instanceof SeqNode seq) {
                return seq.items();
            }
            if (!node.isPresent()) {
                return List.of();
            }
            throw error(node, what + " must be a list, not " + node.describeType());
        }

        private MapNode map(Node node, String what) throws ConfigException {
            if (node instanceof MapNode map) {
                return map;
            }
            throw error(node, what + " must be a map, not " + node.describeType());
        }

        private ConfigException error(Node node, String message) {
            var at = node.anchorSpan().start();
            return new ConfigException(file + ":" + at.line() + ":" + at.column() + ": " + message);
        }
    }
}
