package io.kwlint.cli;

/** A mistake in how kwlint was called or what it was given: exit status 2, one line on stderr. */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
