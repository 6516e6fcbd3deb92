package io.kwlint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of kwlint. */
public final class KwlintInfo {

    public static final String NAME = "kwlint";
    public static final String INFORMATION_URI = "https://github.com/kwlint/kwlint";

    private static final String VERSION = readVersion();

    private KwlintInfo() {
    }

    /** The version, without a {@code -SNAPSHOT} suffix, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = KwlintInfo.class.getResourceAsStream("kwlint.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0").replace("-SNAPSHOT", "");
        } catch (IOException e) {
            return "0.0.0";
        }
    }
}
