package io.kwlint.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The API server's checks of paths inside a volume or on the node (validateLocalDescendingPath,
 * ValidateLocalNonReservedPath, validatePathNoBacksteps), and Go's host:port split.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** True if an element of the path is {@code ..}. */
    public static boolean hasBacksteps(String path) {
        for (String element : path.split("/", -1)) {
            if (element.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A path that must stay below its directory: relative, without {@code ..} elements. */
    public static List<String> descendingErrors(String path) {
        List<String> errors = new ArrayList<>();
        if (path.startsWith("/")) {
            errors.add("must be a relative path");
        }
        if (hasBacksteps(path)) {
            errors.add("must not contain '..'"); // one error even for ../../..
        }
        return errors;
    }

    /** As {@link #descendingErrors}, and not starting with {@code ..} (the kubelet's own ..data links). */
    public static List<String> nonReservedErrors(String path) {
        List<String> errors = descendingErrors(path);
        if (path.startsWith("..") && !path.startsWith("../")) {
            errors.add("must not start with '..'");
        }
        return errors;
    }

    /** Go's net.SplitHostPort succeeds: a host (IPv6 in brackets) and a port after the last colon. */
    public static boolean isHostPort(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        int hostStart = 0;
        int portSearchFrom = 0;
        if (text.charAt(0) == '[') {
            int end = text.indexOf(']');
            if (end < 0 || end + 1 != colon) {
                return false;
            }
            hostStart = 1;
            portSearchFrom = end + 1;
        } else if (text.substring(0, colon).indexOf(':') >= 0) {
            return false;
        }
        return text.indexOf('[', hostStart) < 0 && text.indexOf(']', portSearchFrom) < 0;
    }
}
