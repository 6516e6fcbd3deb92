package io.kwlint.model;

import io.kwlint.value.Quantity;
import io.kwlint.yaml.MapNode;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The resources a pod asks the scheduler for, computed as component-helpers' {@code PodRequests}
 * does: regular containers and sidecars add up; a plain init container runs alone, next to the
 * sidecars started before it; the pod needs the larger of the two phases. Pod-level requests
 * (where the target version has them) replace the computed value, and the pod overhead adds to it.
 */
public final class PodResources {

    private PodResources() {
    }

    /** Effective requests per resource name, cpu and memory first; requests that fail to parse are skipped. */
    public static Map<String, Quantity> effectiveRequests(Node podSpec, Target target) {
        Map<String, Quantity> regular = new TreeMap<>();
        Map<String, Quantity> sidecarsSoFar = new TreeMap<>();
        Map<String, Quantity> initMax = new TreeMap<>();
        for (Container container : Container.of(podSpec)) {
            Map<String, Quantity> request = quantities(container.requests());
            if (!container.init()) {
                addAll(regular, request);
            } else if (container.isSidecar(target)) {
                addAll(sidecarsSoFar, request);
                maxAll(initMax, sidecarsSoFar);
            } else {
                Map<String, Quantity> running = new TreeMap<>(sidecarsSoFar);
                addAll(running, request);
                maxAll(initMax, running);
            }
        }
        Map<String, Quantity> pod = new TreeMap<>(regular);
        addAll(pod, sidecarsSoFar);
        maxAll(pod, initMax);
        if (target.enabled(Feature.POD_LEVEL_RESOURCES)) {
            pod.putAll(quantities(podSpec.at("resources.requests")));
        }
        addAll(pod, quantities(podSpec.get("overhead")));
        return ordered(pod);
    }

    /** The quantities of a resource list that parse, by resource name. */
    public static Map<String, Quantity> quantities(Node resourceList) {
        Map<String, Quantity> result = new TreeMap<>();
        if (resourceList instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                Quantity.of(entry.value()).ifPresent(q -> result.put(entry.name(), q));
            }
        }
        return result;
    }

    /** {@code requests} times {@code pods}. */
    public static Map<String, Quantity> times(Map<String, Quantity> requests, long pods) {
        Map<String, Quantity> result = new LinkedHashMap<>();
        requests.forEach((name, q) -> result.put(name, q.times(pods)));
        return result;
    }

    /** "cpu 350m, memory 320Mi" */
    public static String describe(Map<String, Quantity> resources) {
        return resources.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void addAll(Map<String, Quantity> into, Map<String, Quantity> add) {
        add.forEach((name, q) -> into.merge(name, q, Quantity::plus));
    }

    private static void maxAll(Map<String, Quantity> into, Map<String, Quantity> other) {
        other.forEach((name, q) -> into.merge(name, q, Quantity::max));
    }

    /** cpu, memory, ephemeral-storage first, then the rest by name. */
    private static Map<String, Quantity> ordered(Map<String, Quantity> resources) {
        List<String> first = List.of("cpu", "memory", "ephemeral-storage");
        List<String> names = new ArrayList<>(resources.keySet());
        names.sort(Comparator.comparingInt((String n) -> first.contains(n) ? first.indexOf(n) : first.size())
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Quantity> result = new LinkedHashMap<>();
        names.forEach(n -> result.put(n, resources.get(n)));
        return result;
    }

    /** Native resources other than hugepages may be overcommitted (apimachinery's IsOvercommitAllowed). */
    public static boolean overcommittable(String resource) {
        boolean nativeResource = !resource.contains("/") || resource.contains("kubernetes.io/");
        return nativeResource && !resource.startsWith("hugepages-");
    }
}
