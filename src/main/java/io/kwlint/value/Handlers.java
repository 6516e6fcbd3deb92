package io.kwlint.value;

import io.kwlint.yaml.FieldPath;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The actions of probes and lifecycle hooks as validateHandler checks them: exactly one of the
 * kinds the place allows (the first written counts, each later one is "more than 1 handler type"
 * at its own field), and that one action's fields.
 */
public final class Handlers {

    /** Probe handlers, in upstream's order. */
    public static final List<String> PROBE_KINDS = List.of("exec", "httpGet", "tcpSocket", "grpc");
    /** Lifecycle hook handlers, in upstream's order. */
    public static final List<String> HOOK_KINDS = List.of("exec", "httpGet", "tcpSocket", "sleep");

    private static final List<String> SCHEMES = List.of("HTTP", "HTTPS");

    /** How a sleep action is bounded: by the pod's grace period, and whether zero is allowed. */
    public record SleepLimits(OptionalLong gracePeriod, boolean allowZero) {
    }

    private Handlers() {
    }

    public static List<ApiError> errors(Node handler, List<String> kinds, SleepLimits sleep) {
        List<ApiError> errors = new ArrayList<>();
        boolean counted = false;
        for (String kind : kinds) {
            Node action = handler.get(kind);
            if (!action.isPresent()) {
                continue;
            }
            FieldPath path = handler.path().child(kind);
            if (counted) {
                errors.add(ApiError.forbidden(action, path, "may not specify more than 1 handler type"));
            } else {
                counted = true;
                actionErrors(kind, action, path, sleep, errors);
            }
        }
        if (!counted) {
            errors.add(ApiError.required(handler, "must specify a handler type"));
        }
        return errors;
    }

    private static void actionErrors(String kind, Node action, FieldPath path, SleepLimits sleep, List<ApiError> errors) {
        switch (kind) {
            case "exec" -> {
                Node command = action.get("command");
                if (command.items().isEmpty() && !(command.isPresent() && !command.isSeq())) {
                    errors.add(ApiError.required(command.isPresent() ? command : action, path.child("command"), ""));
                }
            }
            case "httpGet" -> httpGet(action, path, errors);
            case "tcpSocket" -> port(action.get("port"), path.child("port"), errors);
            case "grpc" -> {
                Node port = action.get("port");
                port.asLong().ifPresent(value -> KubeValidation.portNumber(value).forEach(message ->
                        errors.add(ApiError.invalid(port, path.child("port"), Long.toString(value), message))));
            }
            case "sleep" -> sleep(action, path, sleep, errors);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static void httpGet(Node action, FieldPath path, List<ApiError> errors) {
        Node httpPath = action.get("path");
        if (httpPath.asString().orElse("").isEmpty() && !(httpPath.isPresent() && httpPath.asString().isEmpty())) {
            errors.add(ApiError.required(httpPath.isPresent() ? httpPath : action, path.child("path"), ""));
        }
        port(action.get("port"), path.child("port"), errors);
        Node scheme = action.get("scheme");
        scheme.asString().filter(s -> !SCHEMES.contains(s)).ifPresent(s ->
                errors.add(ApiError.unsupported(scheme, path.child("scheme"), ApiError.quote(s), SCHEMES)));
        for (Node header : action.get("httpHeaders").items()) {
            Node name = header.get("name");
            name.asString().ifPresent(text -> KubeValidation.httpHeaderName(text).forEach(message ->
                    errors.add(ApiError.invalid(name, path.child("httpHeaders"), ApiError.quote(text), message))));
        }
    }

    /** ValidatePortNumOrName. */
    private static void port(Node port, FieldPath path, List<ApiError> errors) {
        if (port.asLong().isPresent()) {
            long value = port.asLong().getAsLong();
            KubeValidation.portNumber(value).forEach(message ->
                    errors.add(ApiError.invalid(port, path, Long.toString(value), message)));
        } else {
            port.asString().ifPresent(name -> KubeValidation.portName(name).forEach(message ->
                    errors.add(ApiError.invalid(port, path, ApiError.quote(name), message))));
        }
    }

    /** validateSleepAction: within the grace period, and above zero unless the target allows zero. */
    private static void sleep(Node action, FieldPath path, SleepLimits limits, List<ApiError> errors) {
        Node seconds = action.get("seconds");
        if (limits.gracePeriod().isEmpty() || seconds.asLong().isEmpty()) {
            return;
        }
        long grace = limits.gracePeriod().getAsLong();
        long value = seconds.asLong().getAsLong();
        if (limits.allowZero() && (value < 0 || value > grace)) {
            errors.add(ApiError.invalid(seconds, path, Long.toString(value),
                    "must be non-negative and less than terminationGracePeriodSeconds (" + grace + ")"));
        } else if (!limits.allowZero() && (value <= 0 || value > grace)) {
            errors.add(ApiError.invalid(seconds, path, Long.toString(value), "must be greater than 0 and less than"
                    + " terminationGracePeriodSeconds (" + grace + "). Enable AllowPodLifecycleSleepActionZeroValue"
                    + " feature gate for zero sleep."));
        }
    }
}
