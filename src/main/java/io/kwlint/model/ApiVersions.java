package io.kwlint.model;

import java.util.Optional;

/** Which apiVersion/kind pairs kwlint models at a target version. */
public final class ApiVersions {

    private ApiVersions() {
    }

    /**
     * The kind an object is checked as: the kind at the API version kwlint models, or the
     * batch/v1beta1 CronJob where the target still serves it (its validation is the same).
     * Other versions of these kinds are only reported as removed or deprecated.
     */
    public static Optional<Kind> modeledKind(String apiVersion, String kindName, KubeVersion target) {
        Optional<Kind> kind = Kind.named(kindName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get().apiVersion().equals(apiVersion)) {
            return kind;
        }
        if (kind.get() == Kind.CRON_JOB && apiVersion.equals("batch/v1beta1") && target.before(25)) {
            return kind;
        }
        return Optional.empty();
    }
}
