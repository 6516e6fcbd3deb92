package io.kwlint.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes minor version such as 1.33, the target whose API server kwlint imitates. */
public record KubeVersion(int major, int minor) implements Comparable<KubeVersion> {

    /** The oldest version whose behaviour the rules describe. */
    public static final KubeVersion OLDEST = new KubeVersion(1, 16);
    /** The newest version the ground-truth documentation describes; the default target. */
    public static final KubeVersion NEWEST = new KubeVersion(1, 35);
    public static final KubeVersion DEFAULT = NEWEST;

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");

    /** Parses {@code 1.33}, {@code v1.33} or {@code 1.33.2}. */
    public static KubeVersion parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Kubernetes version: '" + text + "' (expected e.g. 1.33)");
        }
        return new KubeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** This version, if kwlint describes it ({@link #OLDEST} to {@link #NEWEST}); else the reason why not. */
    public KubeVersion requireSupported() {
        if (compareTo(OLDEST) < 0 || compareTo(NEWEST) > 0) {
            throw new IllegalArgumentException("kwlint knows Kubernetes " + OLDEST + " to " + NEWEST + ", not " + this);
        }
        return this;
    }

    public static KubeVersion of(int minor) {
        return new KubeVersion(1, minor);
    }

    public boolean atLeast(int minorVersion) {
        return compareTo(of(minorVersion)) >= 0;
    }

    public boolean before(int minorVersion) {
        return !atLeast(minorVersion);
    }

    @Override
    public int compareTo(KubeVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
