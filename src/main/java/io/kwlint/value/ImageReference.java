package io.kwlint.value;

/** Parts of an image reference ({@code registry:5000/team/app:1.2@sha256:...}). */
public final class ImageReference {

    private ImageReference() {
    }

    /** The tag, or null if there is none; a registry port is not a tag. */
    public static String tag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(colon + 1) : null;
    }

    public static boolean hasDigest(String image) {
        return image.contains("@sha256:") || image.contains("@sha512:");
    }
}
