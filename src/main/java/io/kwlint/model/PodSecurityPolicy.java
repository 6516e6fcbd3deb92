package io.kwlint.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pod Security Standards level at a policy version, as the PodSecurity admission controller reads
 * it from a namespace's {@code pod-security.kubernetes.io/<mode>} and {@code <mode>-version} labels:
 * {@code restricted:latest}, {@code baseline:v1.30}.
 *
 * @param level          the standard
 * @param versionMinor   the minor of the policy version ({@code v1.30}); empty for {@code latest}
 */
public record PodSecurityPolicy(Level level, Optional<Integer> versionMinor) {

    /** The three standards, from least to most restrictive. */
    public enum Level {
        PRIVILEGED, BASELINE, RESTRICTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A label value: {@code privileged}, {@code baseline} or {@code restricted}, exactly. */
        public static Optional<Level> parse(String value) {
            for (Level level : values()) {
                if (level.label().equals(value)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern VERSION = Pattern.compile("v1\\.(0|[1-9][0-9]{0,3})");

    public static PodSecurityPolicy latest(Level level) {
        return new PodSecurityPolicy(level, Optional.empty());
    }

    /** A version label value: {@code latest} or {@code v1.NN}; empty when the controller would not accept it. */
    public static Optional<Optional<Integer>> parseVersion(String value) {
        if (value.equals("latest")) {
            return Optional.of(Optional.empty());
        }
        Matcher matcher = VERSION.matcher(value);
        return matcher.matches() ? Optional.of(Optional.of(Integer.parseInt(matcher.group(1)))) : Optional.empty();
    }

    /**
     * The policy version the controller of {@code target} evaluates: {@code latest} is the target's
     * own, and a version newer than the target's is capped at it (that controller knows no newer one).
     */
    public int effectiveMinor(KubeVersion target) {
        return Math.min(versionMinor.orElse(target.minor()), target.minor());
    }

    /** As the admission controller prints it: {@code restricted:latest}. */
    @Override
    public String toString() {
        return level.label() + ":" + versionMinor.map(minor -> "v1." + minor).orElse("latest");
    }
}
