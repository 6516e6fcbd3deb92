package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.source.DecodedText;
import io.kwlint.source.SourceFile;
import io.kwlint.source.SourceInput;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import io.kwlint.yaml.Position;
import io.kwlint.yaml.ScalarNode;
import io.kwlint.yaml.SeqNode;
import io.kwlint.yaml.Span;
import io.kwlint.yaml.YamlDocument;
import io.kwlint.yaml.YamlProblem;
import io.kwlint.yaml.YamlReader;
import io.kwlint.yaml.YamlStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one input into Kubernetes objects. Whatever is wrong with the input (unreadable, not
 * UTF-8, not YAML, a Helm template, a document that is no object) becomes a located finding of a
 * builtin rule; objects read before a problem are kept, and no problem escapes as an exception.
 */
public final class ManifestLoader {

    /** A Go template action as Helm writes them: {{ .Values.x }}, {{- include "..." }}, {{ $x }}. */
    private static final Pattern GO_TEMPLATE = Pattern.compile(
            "\\{\\{-?\\s*(\\.|\\$|-|/\\*|(include|template|tpl|toYaml|if|else|end|range|with|define|printf|default|quote|required|lookup)\\b)");
    /** Helm's own objects inside a value: an unrendered chart even where the YAML parses. */
    /**
     * A whole value that is one envsubst placeholder: ${PORT}, ${NAME:-web}. Only whole values count:
     * a shell script in args may well say "cd ${HOME}", and that is content, not a template.
     */
    private static final Pattern ENVSUBST_VALUE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?[-=?+][^}]*)?}");
    private static final Pattern HELM_REFERENCE = Pattern.compile(
            "\\{\\{-?\\s*(\\.(Values|Release|Chart|Capabilities|Files|Template)\\b|(include|template|tpl)\\s+\")");

    private final LoadLimits limits;
    private final KubeVersion version;
    private final RuleCatalog catalog;
    private final KustomizePatches kustomizePatches = new KustomizePatches();

    public ManifestLoader(LoadLimits limits, KubeVersion version, RuleCatalog catalog) {
        this.limits = limits;
        this.version = version;
        this.catalog = catalog;
    }

    public LoadedFile load(SourceInput input) {
        String path = input.displayPath();
        byte[] bytes;
        try {
            bytes = input.read(limits.maxFileBytes());
        } catch (IOException | RuntimeException e) {
            SourceFile empty = new SourceFile(path, input.path().orElse(null), "");
            return new LoadedFile(empty, List.of(),
                    List.of(fileFinding(path, "file-unreadable", "io", Span.at(Position.START), describe(e))), false);
        }
        if (bytes.length > limits.maxFileBytes()) {
            SourceFile empty = new SourceFile(path, input.path().orElse(null), "");
            return new LoadedFile(empty, List.of(), List.of(fileFinding(path, "input-limits", "file-too-large",
                    Span.at(Position.START), limits.maxFileBytes())), true);
        }
        DecodedText decoded = DecodedText.decode(bytes);
        if (!decoded.ok()) {
            SourceFile empty = new SourceFile(path, input.path().orElse(null), "");
            return new LoadedFile(empty, List.of(), List.of(fileFinding(path, "file-encoding", "not-utf8",
                    Span.at(decoded.errorPosition()), decoded.error())), true);
        }
        SourceFile file = new SourceFile(path, input.path().orElse(null), decoded.text());
        if (input.discovered() && isChartTemplate(input)) {
            return LoadedFile.skipped(file, LoadedFile.Skipped.CHART_TEMPLATE);
        }
        Optional<Path> kustomization = input.path().flatMap(kustomizePatches::listing);
        if (kustomization.isPresent()) {
            String listedIn = displayPathOf(kustomization.get(), input);
            String dir = Path.of(listedIn).getParent() == null ? "." : Path.of(listedIn).getParent().toString().replace('\\', '/');
            return new LoadedFile(file, List.of(), List.of(fileFinding(path, "kustomize-patch", "patch",
                    Span.at(Position.START), listedIn, dir)), true);
        }
        return loadText(file, input.discovered());
    }

    /** Another file's path as reports name it: beside the input's display path, as it is beside the input. */
    private static String displayPathOf(Path other, SourceInput input) {
        Path from = input.path().orElseThrow().toAbsolutePath().normalize().getParent();
        Path relative = from.relativize(other.toAbsolutePath().normalize());
        Path shown = Path.of(input.displayPath()).getParent();
        return (shown == null ? relative : shown.resolve(relative)).normalize().toString().replace('\\', '/');
    }

    /** A file under templates/ of a Helm chart (the directory beside Chart.yaml), found by a walk. */
    private static boolean isChartTemplate(SourceInput input) {
        Path path = input.path().orElse(null);
        for (Path dir = path == null ? null : path.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("templates") && dir.getParent() != null
                    && Files.isRegularFile(dir.getParent().resolve("Chart.yaml"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if no document of the stream is a mapping with apiVersion or kind: YAML that is no
     * Kubernetes object at all. A broken file counts only if the part read has documents.
     */
    private static boolean holdsNoKubernetesObject(YamlStream stream) {
        if (stream.documents().isEmpty()) {
            return stream.problems().isEmpty();
        }
        return stream.documents().stream().noneMatch(d -> d.root() instanceof MapNode map
                && (map.get("apiVersion").isPresent() || map.get("kind").isPresent()));
    }

    /**
     * Whether a comment of the text can mean something to kwlint: a suppression
     * ({@code # kwlint:ignore}) or a helm template's {@code # Source:} line. Most files have
     * neither, and reading their comments would double the parser's cost.
     */
    private static boolean commentsMayMatter(String text) {
        return text.contains(Suppressions.COMMENT_DIRECTIVE) || text.contains(RenderedSources.SOURCE_LINE);
    }

    private LoadedFile loadText(SourceFile file, boolean discovered) {
        YamlStream stream = new YamlReader(limits.yaml()).read(file.text(), commentsMayMatter(file.text()));
        Optional<Position> template = goTemplatePosition(file.text());
        if (discovered && holdsNoKubernetesObject(stream) && template.isEmpty()) {
            return LoadedFile.skipped(file, LoadedFile.Skipped.NOT_KUBERNETES);
        }
        List<Finding> findings = new ArrayList<>();
        boolean brokenYaml = stream.problems().stream().anyMatch(p -> p.kind() == YamlProblem.Kind.SYNTAX
                || p.kind() == YamlProblem.Kind.UNSUPPORTED);
        if (brokenYaml && template.isPresent()) {
            // A template's YAML errors are noise: one finding says what the file is.
            YamlProblem first = stream.problems().get(0);
            findings.add(fileFinding(file.displayPath(), "helm-template", "unparsable", Span.at(template.get()),
                    first.message(), first.span().start()));
            return new LoadedFile(file, List.of(), findings, true);
        }
        for (YamlProblem problem : stream.problems()) {
            findings.add(yamlFinding(file, problem));
        }
        List<Span> placeholders = file.text().contains("${") ? envsubstPlaceholders(stream) : List.of();
        List<KubeObject> objects = new ArrayList<>();
        boolean mayHoldTemplates = file.text().contains("{{");
        for (YamlDocument document : stream.documents()) {
            Optional<ScalarNode> helm = mayHoldTemplates ? helmReference(document.root()) : Optional.empty();
            if (helm.isPresent()) {
                findings.add(fileFinding(file.displayPath(), "helm-template", "in-value", helm.get().span(),
                        abbreviate(helm.get().text())));
                continue;
            }
            addObjects(file, document.index(), document.root(), objects, findings);
        }
        return new LoadedFile(file, objects, findings, true, stream.comments(), LoadedFile.Skipped.NO, placeholders);
    }

    private void addObjects(SourceFile file, int documentIndex, Node root, List<KubeObject> objects,
            List<Finding> findings) {
        if (!(root instanceof MapNode map)) {
            findings.add(fileFinding(file.displayPath(), "invalid-document", "not-mapping", root.anchorSpan(),
                    documentIndex + 1, root.describeType()));
            return;
        }
        Node apiVersion = map.get("apiVersion");
        Node kind = map.get("kind");
        if (!isNonEmptyString(apiVersion) || !isNonEmptyString(kind)) {
            findings.add(typeMetaFinding(file, documentIndex, map, apiVersion, kind));
            return;
        }
        String kindName = kind.asString().orElseThrow();
        if (kindName.endsWith("List") && map.get("items") instanceof SeqNode items) {
            // kubectl applies the items of a List one by one; so does kwlint.
            for (Node item : items.items()) {
                item.detach();
                addObjects(file, documentIndex, item, objects, findings);
            }
            return;
        }
        String version = apiVersion.asString().orElseThrow();
        Kind modeled = ApiVersions.modeledKind(version, kindName, this.version).orElse(null);
        objects.add(new KubeObject(file, documentIndex, map, version, kindName, modeled));
    }

    private Finding typeMetaFinding(SourceFile file, int documentIndex, MapNode map, Node apiVersion, Node kind) {
        List<String> missing = new ArrayList<>();
        Node at = map;
        for (Node field : List.of(apiVersion, kind)) {
            if (!isNonEmptyString(field)) {
                String name = field.fieldName().orElse("?");
                missing.add(field.isPresent() ? name + " (" + field.describeType() + ", not a string)" : name);
                if (field.isPresent() && at == map) {
                    at = field;
                }
            }
        }
        return fileFinding(file.displayPath(), "missing-api-version-or-kind", "missing", at.anchorSpan(),
                documentIndex + 1, String.join(" and ", missing));
    }

    private static boolean isNonEmptyString(Node node) {
        return node.asString().filter(s -> !s.isBlank()).isPresent();
    }

    private Finding yamlFinding(SourceFile file, YamlProblem problem) {
        return switch (problem.kind()) {
            case SYNTAX -> fileFinding(file.displayPath(), "yaml-syntax", "syntax", problem.span(), problem.message());
            case UNSUPPORTED -> fileFinding(file.displayPath(), "yaml-syntax", "unsupported", problem.span(), problem.message());
            case DUPLICATE_KEY -> fileFinding(file.displayPath(), "yaml-duplicate-key", "duplicate", problem.span(),
                    problem.message());
            case LIMIT -> fileFinding(file.displayPath(), "input-limits", "yaml", problem.span(), problem.message());
        };
    }

    private Finding fileFinding(String path, String ruleId, String messageId, Span span, Object... args) {
        return catalog.get(ruleId).finding(messageId, new Location(path, span), null, null, List.of(), args);
    }

    /** Where the first Go template action is, if the text has one. */
    static Optional<Position> goTemplatePosition(String text) {
        if (!text.contains("{{")) {
            return Optional.empty(); // nearly every file: skip the regular expression
        }
        Matcher m = GO_TEMPLATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            char c = text.charAt(i);
            // Line breaks as YAML and SourceFile count them: \n, \r\n, and a \r on its own.
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new Position(line, text.codePointCount(lineStart, m.start()) + 1));
    }

    /** The values of the stream that are wholly an envsubst placeholder such as ${REPLICAS:-1}, in order. */
    private static List<Span> envsubstPlaceholders(YamlStream stream) {
        List<Span> spans = new ArrayList<>();
        for (YamlDocument document : stream.documents()) {
            firstScalar(document.root(), scalar -> {
                if (!scalar.isNull() && ENVSUBST_VALUE.matcher(scalar.text().strip()).matches()) {
                    spans.add(scalar.span());
                }
                return false; // visit them all
            });
        }
        return spans;
    }

    /** The first scalar of a document that holds a Helm reference such as {{ .Values.image }}. */
    private static Optional<ScalarNode> helmReference(Node root) {
        return firstScalar(root, scalar -> scalar.text().contains("{{") && HELM_REFERENCE.matcher(scalar.text()).find());
    }

    /** The first scalar value of a document, in document order, that passes the test. */
    private static Optional<ScalarNode> firstScalar(Node root, java.util.function.Predicate<ScalarNode> test) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof ScalarNode scalar) {
                if (test.test(scalar)) {
                    return Optional.of(scalar);
                }
            } else if (node instanceof MapNode map) {
                List<MapNode.Entry> entries = map.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.push(entries.get(i).value());
                }
            } else {
                List<Node> items = node.items();
                for (int i = items.size() - 1; i >= 0; i--) {
                    pending.push(items.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof SourceInput.NotARegularFileException) {
            return "it is not a regular file (a pipe, device or socket); to read a stream, pipe it into `kwlint check -`";
        }
        String message = e.getMessage();
        if (message != null && message.toLowerCase().contains("is a directory")) {
            return "it is a directory";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
