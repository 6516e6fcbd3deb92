package io.kwlint.schemas;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import io.kwlint.model.ApiVersions;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeVersion;
import io.kwlint.schema.Schemas;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the model classes of one client-java-api release into JSON schemas (draft 2020-12): one
 * {@code _definitions.json} holding every model reachable from the built-in kinds the release's
 * minor serves (the kinds kwlint models, and every kind of {@link ApiVersions#TABLE}), and one small
 * file per kind that refers to it, named as kubeconform names them ({@code deployment-apps-v1.json}).
 *
 * <p>Each model becomes an object with its properties (the {@code @SerializedName} of each field),
 * its required fields ({@code openapiRequiredFields}) and {@code additionalProperties: false}, because
 * the API server's strict field validation rejects unknown fields. Java types the models cannot
 * describe exactly (int-or-string, quantities, timestamps) and what the generated code drops (enums,
 * list-map keys) come from the {@link Overlay}.
 */
final class SchemaGenerator {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_BASE = Schemas.ID_BASE;
    static final String DEFINITIONS = "_definitions.json";
    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final long INT32_MIN = Integer.MIN_VALUE;
    private static final long INT32_MAX = Integer.MAX_VALUE;

    /** A kind kwlint validates, its apiVersion and the model class that describes it. */
    record Root(String kind, String apiVersion, String model) {

        /** The file name the engine looks the kind up by. */
        String fileName() {
            return Schemas.fileName(kind, apiVersion);
        }
    }

    /** Every kind kwlint models, at the apiVersion it models; the Java models are named V1<Kind>. */
    static final List<Root> MODELED = Arrays.stream(Kind.values())
            .map(kind -> new Root(kind.kindName(), kind.apiVersion(), "V1" + kind.kindName()))
            .toList();

    /**
     * The kinds to generate for a minor: those kwlint models, then every other built-in kind at each
     * apiVersion the minor serves, when the release has its model (a top-level object: apiVersion,
     * kind and metadata).
     */
    List<Root> roots() {
        List<Root> roots = new java.util.ArrayList<>(MODELED);
        Set<String> files = new TreeSet<>();
        roots.forEach(root -> files.add(root.fileName()));
        KubeVersion minor = KubeVersion.parse(version);
        for (ApiVersions.Lifecycle lifecycle : ApiVersions.TABLE) {
            if (!lifecycle.servedIn(minor)) {
                continue;
            }
            for (String kind : new TreeSet<>(lifecycle.kinds())) {
                for (String model : modelNames(lifecycle.apiVersion(), kind)) {
                    Root root = new Root(kind, lifecycle.apiVersion(), model);
                    if (!files.contains(root.fileName()) && isTopLevelModel(model)) {
                        roots.add(root);
                        files.add(root.fileName());
                    }
                }
            }
        }
        return roots;
    }

    /**
     * client-java's names for a kind's model, in the order to try: V1Ingress, V2HorizontalPodAutoscaler;
     * where two groups share a kind name, the group comes first (CoreV1Event, EventsV1Event,
     * ResourceV1ResourceClaim).
     */
    static List<String> modelNames(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String version = apiVersion.substring(slash + 1);
        String versioned = Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash).split("\\.")[0];
        return List.of(versioned, Character.toUpperCase(group.charAt(0)) + group.substring(1) + versioned);
    }

    private boolean isTopLevelModel(String simpleName) {
        try {
            Set<String> names = new TreeSet<>();
            for (Field field : model(simpleName).getDeclaredFields()) {
                String name = serializedName(field);
                if (name != null) {
                    names.add(name);
                }
            }
            return names.containsAll(List.of("apiVersion", "kind", "metadata"));
        } catch (ClassNotFoundException e) {
            return false; // a kind this release's client does not have
        }
    }

    private final ClassLoader models;
    private final Overlay overlay;
    private final String version;
    private final Set<String> unusedOverlayFields;

    SchemaGenerator(ClassLoader models, Overlay overlay, String version) {
        this.models = models;
        this.overlay = overlay;
        this.version = version;
        this.unusedOverlayFields = new TreeSet<>(overlay.fields().keySet());
    }

    /** File name to schema, in a stable order: {@code _definitions.json} first, then one per kind. */
    Map<String, Map<String, Object>> generate() throws ReflectiveOperationException {
        Map<String, Object> definitions = new TreeMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        List<Root> roots = roots();
        for (Root root : roots) {
            pending.add(model(root.model()));
        }
        while (!pending.isEmpty()) {
            Class<?> model = pending.poll();
            if (!definitions.containsKey(model.getSimpleName())) {
                definitions.put(model.getSimpleName(), modelSchema(model, pending));
            }
        }
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        Map<String, Object> definitionsFile = new LinkedHashMap<>();
        definitionsFile.put("$schema", DIALECT);
        definitionsFile.put("$id", ID_BASE + version + "/" + DEFINITIONS);
        definitionsFile.put("$comment", "Generated by schemas/generator from io.kubernetes:client-java-api; do not edit.");
        definitionsFile.put("$defs", definitions);
        files.put(DEFINITIONS, definitionsFile);
        for (Root root : roots) {
            files.put(root.fileName(), kindSchema(root));
        }
        return files;
    }

    /** Overlay entries that named no field of this release: a typo in overlay.yaml, or a removed field. */
    Set<String> unusedOverlayFields() {
        return unusedOverlayFields;
    }

    private Map<String, Object> kindSchema(Root root) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID_BASE + version + "/" + root.fileName());
        schema.put("title", root.kind() + " " + root.apiVersion() + " (Kubernetes " + version + ")");
        schema.put("$ref", DEFINITIONS + "#/$defs/" + root.model());
        schema.put("x-kubernetes-group-version-kind", orderedMap(
                "apiVersion", root.apiVersion(), "kind", root.kind()));
        return schema;
    }

    private Class<?> model(String simpleName) throws ClassNotFoundException {
        return Class.forName(MODELS + simpleName, false, models);
    }

    private Map<String, Object> modelSchema(Class<?> model, Deque<Class<?>> pending)
            throws ReflectiveOperationException {
        Map<String, Object> schema = new LinkedHashMap<>();
        description(model, "ApiModel").ifPresent(text -> schema.put("description", text));
        schema.put("type", "object");
        Map<String, Object> properties = new TreeMap<>();
        for (Field field : model.getDeclaredFields()) {
            String name = serializedName(field);
            if (name == null || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Map<String, Object> property = new LinkedHashMap<>(typeSchema(field.getGenericType(), pending));
            getterDescription(model, field).ifPresent(text -> property.put("description", text));
            String overlayKey = model.getSimpleName() + "." + name;
            property.putAll(overlay.fieldAdditions(overlayKey));
            unusedOverlayFields.remove(overlayKey);
            properties.put(name, property);
        }
        schema.put("properties", properties);
        Collection<String> required = requiredFields(model);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(new TreeSet<>(required)));
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private Map<String, Object> typeSchema(Type type, Deque<Class<?>> pending) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return orderedMap("type", "array", "items", typeSchema(arguments[0], pending));
            }
            if (raw == Map.class) {
                return orderedMap("type", "object", "additionalProperties", typeSchema(arguments[1], pending));
            }
            throw new IllegalArgumentException("unexpected generic type " + type);
        }
        Class<?> type1 = (Class<?>) type;
        Map<String, Object> fromOverlay = overlay.typeSchema(type1.getName());
        if (fromOverlay != null) {
            return fromOverlay;
        }
        if (type1 == String.class) {
            return orderedMap("type", "string");
        }
        if (type1 == Boolean.class) {
            return orderedMap("type", "boolean");
        }
        if (type1 == Integer.class) {
            // Go decodes into int32: anything outside its range is rejected.
            return orderedMap("type", "integer", "format", "int32", "minimum", INT32_MIN, "maximum", INT32_MAX);
        }
        if (type1 == Long.class) {
            return orderedMap("type", "integer", "format", "int64");
        }
        if (type1 == Double.class || type1 == Float.class || type1 == java.math.BigDecimal.class) {
            return orderedMap("type", "number", "format", "double");
        }
        if (type1 == Object.class) {
            return orderedMap();
        }
        if (type1.getName().startsWith(MODELS)) {
            pending.add(type1);
            return orderedMap("$ref", "#/$defs/" + type1.getSimpleName());
        }
        throw new IllegalArgumentException("no schema for Java type " + type1.getName()
                + ": describe it in schemas/generator/overlay.yaml under types");
    }

    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The JSON name of a model field; the annotation is gson's, shared by every release. */
    private static String serializedName(Field field) {
        com.google.gson.annotations.SerializedName name = field.getAnnotation(com.google.gson.annotations.SerializedName.class);
        return name == null ? null : name.value();
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> requiredFields(Class<?> model) throws ReflectiveOperationException {
        try {
            Field field = model.getDeclaredField("openapiRequiredFields");
            field.setAccessible(true);
            return (Collection<String>) field.get(null);
        } catch (NoSuchFieldException e) {
            return List.of();
        }
    }

    private static java.util.Optional<String> getterDescription(Class<?> model, Field field) {
        String getter = "get" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        try {
            Method method = model.getMethod(getter);
            return description(method, "ApiModelProperty");
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        }
    }

    /** swagger's {@code @ApiModel(description)} or {@code @ApiModelProperty(value)}, when a release has them. */
    private static java.util.Optional<String> description(java.lang.reflect.AnnotatedElement element, String annotation) {
        for (Annotation candidate : element.getAnnotations()) {
            if (candidate.annotationType().getSimpleName().equals(annotation)) {
                String attribute = annotation.equals("ApiModel") ? "description" : "value";
                try {
                    Object text = candidate.annotationType().getMethod(attribute).invoke(candidate);
                    if (text instanceof String string && !string.isBlank()) {
                        return java.util.Optional.of(string.strip());
                    }
                } catch (ReflectiveOperationException e) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }
}
