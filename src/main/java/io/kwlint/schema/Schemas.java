package io.kwlint.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import io.kwlint.model.ApiVersions;
import io.kwlint.json.JsonReader;
import io.kwlint.model.KubeVersion;
import io.kwlint.yaml.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON schemas of one run: kwlint's own, generated per Kubernetes minor into {@code schemas/}
 * and bundled in the jar, and a team's own (for their CRDs) from {@code --schema-location}
 * folders. Each schema is compiled once, on first use, and shared by every thread.
 *
 * <p>The bundled folder is the target minor's; for a minor without one (client-java skipped 1.29;
 * 1.16 to 1.27 predate the oldest generated) the nearest newer folder is used, so that no field
 * valid at the target is called unknown; the version-aware rules still report fields a minor lacks.
 */
public final class Schemas {

    public static final String ID_BASE = "https://kwlint.io/schemas/";
    private static final String RESOURCES = "/io/kwlint/schemas/";
    private static final int NEWEST_BUNDLED_MINOR = 40;


    /** What validates one kind's objects: kwlint's compiled tree schemas, or networknt for a team's. */
    interface ObjectSchema {
        List<SchemaProblem> validate(Node root);
    }

    /** The bundled folders read so far: their content never changes, so every run shares them. */
    private static final Map<String, BundledFolder> BUNDLED = new ConcurrentHashMap<>();

    private final KubeVersion target;
    private final String bundledFolder;
    private final List<Path> userLocations;
    /** networknt, for a team's schemas only: made on first use, so runs without any never load it. */
    private volatile SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    /** apiVersion and kind to the schema, so that user locations are searched once per kind. */
    private final Map<String, Optional<ObjectSchema>> resolved = new ConcurrentHashMap<>();

    public Schemas(KubeVersion target, List<Path> userLocations) {
        this.target = target;
        this.bundledFolder = bundledFolder(target);
        this.userLocations = List.copyOf(userLocations);
    }

    private SchemaRegistry registry() {
        SchemaRegistry known = registry;
        if (known == null) {
            synchronized (this) {
                known = registry;
                if (known == null) {
                    // Draft 2020-12, where keywords it does not define (the x-kubernetes-* annotations
                    // of CRD schemas) are annotations, as the specification says, rather than a
                    // warning logged for each (which Maven builds would print).
                    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                            .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                            .build();
                    known = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(Schemas::schemaText));
                    registry = known;
                }
            }
        }
        return known;
    }

    /** The bundled folder ("1.35") used for a target, or null when the jar has none at all. */
    static String bundledFolder(KubeVersion target) {
        for (int minor = target.minor(); minor <= NEWEST_BUNDLED_MINOR; minor++) {
            String folder = target.major() + "." + minor;
            if (Schemas.class.getResource(RESOURCES + folder + "/_definitions.json") != null) {
                return folder;
            }
        }
        return null;
    }

    /**
     * The schema for an object, if any: a bundled one for the kinds kwlint models at an apiVersion
     * the target serves, else the first match in the user locations.
     */
    Optional<ObjectSchema> find(String apiVersion, String kind) {
        return resolved.computeIfAbsent(apiVersion + " " + kind, key -> locate(apiVersion, kind));
    }

    private Optional<ObjectSchema> locate(String apiVersion, String kind) {
        String bundled = bundledFileName(apiVersion, kind);
        if (bundled != null && bundledFolder != null) {
            TreeSchema schema = BUNDLED.computeIfAbsent(bundledFolder, BundledFolder::new).kind(bundled);
            return Optional.of(schema::validate);
        }
        for (Path location : userLocations) {
            for (Path candidate : userCandidates(location, apiVersion, kind)) {
                if (Files.isRegularFile(candidate)) {
                    String iri = candidate.toAbsolutePath().normalize().toUri().toString();
                    Schema schema = compiled(iri);
                    return Optional.of(root -> NetworkntProblems.of(schema, root, this));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The bundled schema of a kind as networknt compiles it: the reference kwlint's own validator
     * is tested against (SchemaValidatorEquivalenceTest); runs never use it.
     */
    Optional<ObjectSchema> networkntReference(String apiVersion, String kind) {
        String bundled = bundledFileName(apiVersion, kind);
        if (bundled == null || bundledFolder == null) {
            return Optional.empty();
        }
        Schema schema = compiled(ID_BASE + bundledFolder + "/" + bundled);
        return Optional.of(root -> NetworkntProblems.of(schema, root, this));
    }

    /**
     * What the bundled schema says of {@code node}, a node of an object of {@code apiVersion} and
     * {@code kind}: empty for kinds without a bundled schema and for nodes the schema does not
     * describe (an unknown field, a custom resource's).
     */
    public Optional<FieldDoc> describe(String apiVersion, String kind, Node node) {
        String bundled = bundledFileName(apiVersion, kind);
        if (bundled == null || bundledFolder == null) {
            return Optional.empty();
        }
        BundledFolder folder = BUNDLED.computeIfAbsent(bundledFolder, BundledFolder::new);
        List<Node> steps = new ArrayList<>();
        for (Node at = node; at.parent() != null; at = at.parent()) {
            steps.add(0, at);
        }
        Map<String, Object> schema = folder.document(bundled);
        String description = "";
        for (Node step : steps) {
            Map<String, Object> parent = folder.resolved(schema);
            Map<String, Object> next = step.fieldName().isPresent() ? child(parent, step.fieldName().get())
                    : map(parent.get("items"));
            if (next == null) {
                return Optional.empty();
            }
            // A map's values (a label, a limit) have no description of their own: the map's says what they are.
            boolean mapValue = next == parent.get("additionalProperties");
            String own = text(next.get("description"));
            description = own.isEmpty() && mapValue ? description : own;
            schema = next;
        }
        Map<String, Object> resolved = folder.resolved(schema);
        if (description.isEmpty()) {
            description = text(resolved.get("description"));
        }
        return Optional.of(new FieldDoc(node.path().toString(), typeOf(resolved), description));
    }

    /** A property of an object schema, or the value schema of a map ({@code labels}, {@code limits}). */
    private static Map<String, Object> child(Map<String, Object> schema, String field) {
        Map<String, Object> properties = map(schema.get("properties"));
        Map<String, Object> property = properties == null ? null : map(properties.get(field));
        return property != null ? property : map(schema.get("additionalProperties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    private static String typeOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        String name = type instanceof List<?> types ? String.join(" or ", types.stream().map(String::valueOf).toList())
                : text(type);
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            name = "integer or string";
        }
        String format = text(schema.get("format"));
        return format.isEmpty() || name.isEmpty() ? name : name + " (" + format + ")";
    }

    /**
     * One folder of bundled schemas ({@code schemas/1.35/}): {@code _definitions.json} read once,
     * each definition compiled when a kind first reaches it.
     */
    private static final class BundledFolder {
        private static final String DEFINITIONS = "_definitions.json";
        private final String folder;
        /** Each definition's JSON text, parsed and compiled when a kind first reaches it. */
        private final Map<String, String> definitions;
        private final Map<String, TreeSchema> compiledDefinitions = new ConcurrentHashMap<>();
        private final Map<String, TreeSchema> kinds = new ConcurrentHashMap<>();

        BundledFolder(String folder) {
            this.folder = folder;
            // Only scanned here: a run needs a small part of the definitions of all built-in kinds.
            this.definitions = JsonReader.unparsedMembers(bundledText(folder + "/" + DEFINITIONS), "$defs");
        }

        @SuppressWarnings("unchecked")
        TreeSchema kind(String fileName) {
            return kinds.computeIfAbsent(fileName, name -> new TreeSchema(
                    (Map<String, Object>) JsonReader.parse(bundledText(folder + "/" + name)), this::definition));
        }

        /** A kind's schema file as JSON, for reading its documentation (validation uses {@link #kind}). */
        @SuppressWarnings("unchecked")
        Map<String, Object> document(String fileName) {
            return (Map<String, Object>) JsonReader.parse(bundledText(folder + "/" + fileName));
        }

        /** {@code schema}, or the definition its {@code $ref} names, followed until one has no reference. */
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved(Map<String, Object> schema) {
            Map<String, Object> at = schema;
            for (int hops = 0; at.get("$ref") instanceof String ref && hops < 16; hops++) {
                String text = definitions.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (text == null || !(JsonReader.parse(text) instanceof Map<?, ?> definition)) {
                    return Map.of();
                }
                at = (Map<String, Object>) definition;
            }
            return at;
        }

        /** {@code #/$defs/V1PodSpec} or {@code _definitions.json#/$defs/V1PodSpec}. */
        @SuppressWarnings("unchecked")
        private TreeSchema definition(String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            TreeSchema known = compiledDefinitions.get(name);
            if (known != null) {
                return known;
            }
            String text = definitions.get(name);
            Object definition = text == null ? null : JsonReader.parse(text);
            if (!ref.endsWith("#/$defs/" + name) || !(definition instanceof Map<?, ?>)) {
                throw new IllegalStateException("bundled schema " + folder + " has no definition for " + ref);
            }
            // Compiled outside the map's lock: a definition's own compilation never resolves another.
            TreeSchema compiled = new TreeSchema((Map<String, Object>) definition, this::definition);
            TreeSchema raced = compiledDefinitions.putIfAbsent(name, compiled);
            return raced == null ? compiled : raced;
        }
    }

    /** The schema document an error's schema location points into, to read sibling keywords. */
    Schema document(String absoluteIri) {
        return compiled(absoluteIri);
    }

    private Schema compiled(String iri) {
        return compiled.computeIfAbsent(iri, key -> {
            try {
                return registry().getSchema(SchemaLocation.of(key));
            } catch (RuntimeException e) {
                throw new UnusableSchemaException(key, e);
            }
        });
    }

    /** A schema file that cannot be read or is not a valid schema (a team's, in --schema-location). */
    public static final class UnusableSchemaException extends RuntimeException {
        private final String schema;

        UnusableSchemaException(String schema, RuntimeException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse("").strip(), cause);
            this.schema = schema.startsWith("file:") ? Path.of(java.net.URI.create(schema)).toString() : schema;
        }

        public String schema() {
            return schema;
        }
    }

    /**
     * kwlint's file for a built-in kind at an apiVersion the target serves: the kinds it models
     * (a batch/v1beta1 CronJob, up to 1.24, is checked against batch/v1, whose fields are the same),
     * and every other built-in kind whose schema the bundled folder has.
     */
    private String bundledFileName(String apiVersion, String kind) {
        Optional<String> modeled = ApiVersions.modeledKind(apiVersion, kind, target)
                .map(k -> fileName(k.kindName(), k.apiVersion()));
        if (modeled.isPresent()) {
            return modeled.get();
        }
        boolean served = ApiVersions.lifecycle(apiVersion, kind).filter(l -> l.servedIn(target)).isPresent();
        String file = fileName(kind, apiVersion);
        return served && bundledFolder != null
                && Schemas.class.getResource(RESOURCES + bundledFolder + "/" + file) != null ? file : null;
    }

    /** kubeconform's naming: kind, first label of the group, version, lower case ({@code deployment-apps-v1.json}). */
    public static String fileName(String kind, String apiVersion) {
        String[] groupVersion = apiVersion.split("/");
        String group = groupVersion.length == 2 ? groupVersion[0].split("\\.")[0] + "-" : "";
        return (kind + "-" + group + groupVersion[groupVersion.length - 1] + ".json").toLowerCase(Locale.ROOT);
    }

    /**
     * Where a team's schema for a kind may be, in a location folder: per Kubernetes minor or not,
     * kubeconform's {@code kind-group-version.json} (first group label or full group) and the
     * CRDs-catalog {@code group/kind_version.json}.
     */
    private List<Path> userCandidates(Path location, String apiVersion, String kind) {
        String[] groupVersion = apiVersion.split("/");
        String group = groupVersion.length == 2 ? groupVersion[0] : "";
        String version = groupVersion[groupVersion.length - 1];
        String lowerKind = kind.toLowerCase(Locale.ROOT);
        List<Path> candidates = new ArrayList<>();
        for (Path folder : List.of(location.resolve(target.toString()), location)) {
            candidates.add(folder.resolve(fileName(kind, apiVersion)));
            if (!group.isEmpty()) {
                candidates.add(folder.resolve((lowerKind + "-" + group + "-" + version + ".json").toLowerCase(Locale.ROOT)));
                candidates.add(folder.resolve(group.toLowerCase(Locale.ROOT)).resolve(lowerKind + "_" + version + ".json"));
            }
        }
        return candidates;
    }

    /** The text of a bundled schema by its $id, or of a team's schema file, or null for any other IRI. */
    private static String schemaText(String iri) {
        if (iri.startsWith("file:")) {
            try {
                return Files.readString(Path.of(java.net.URI.create(iri)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + iri, e);
            }
        }
        if (!iri.startsWith(ID_BASE)) {
            return null;
        }
        return bundledText(iri.substring(ID_BASE.length()));
    }

    /** A bundled schema file by its path under the schemas folder ("1.35/pod-v1.json"), or null. */
    private static String bundledText(String path) {
        String resource = RESOURCES + path;
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + resource, e);
        }
    }
}
