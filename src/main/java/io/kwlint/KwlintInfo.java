package io.kwlint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of kwlint, from the build's {@code kwlint.properties}. */
public final class KwlintInfo {

    public static final String NAME = "kwlint";

    private static final Properties BUILD = readBuildProperties();
    private static final String VERSION = BUILD.getProperty("version", "0.0.0").replace("-SNAPSHOT", "");

    private KwlintInfo() {
    }

    /** The version, without a {@code -SNAPSHOT} suffix, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /** Where kwlint is published (the build property {@code kwlint.homepage}). */
    public static String homepage() {
        return BUILD.getProperty("homepage", "https://github.com/kwlint/kwlint");
    }

    /**
     * Where the rule pages are published, ending in {@code /}: a rule's page is this followed by
     * {@code <id>.md} (the build property {@code kwlint.docsBaseUrl}; {@code docsBaseUrl} in
     * {@code .kwlint.yaml} overrides it for a repository).
     */
    public static String docsBaseUrl() {
        return withTrailingSlash(BUILD.getProperty("docsBaseUrl", homepage() + "/blob/main/rules/"));
    }

    /** A base URL as a prefix: {@code https://x/rules} and {@code https://x/rules/} mean the same folder. */
    public static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static Properties readBuildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KwlintInfo.class.getResourceAsStream("kwlint.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A jar without its properties still runs; the defaults above name the public project.
        }
        return properties;
    }
}
