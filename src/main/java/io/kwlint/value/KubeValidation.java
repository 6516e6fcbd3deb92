package io.kwlint.value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API server's checks for names, label keys and label values, with its own wording
 * (k8s.io/apimachinery/pkg/util/validation), so that kwlint's messages read like the error
 * {@code kubectl apply} would print.
 */
public final class KubeValidation {

    public static final int DNS1123_LABEL_MAX = 63;
    public static final int DNS1123_SUBDOMAIN_MAX = 253;
    public static final int QUALIFIED_NAME_MAX = 63;
    public static final int LABEL_VALUE_MAX = 63;

    private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
    private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";

    private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL = Pattern.compile("^" + DNS1123_LABEL_FMT + "$");
    private static final Pattern DNS1035_LABEL = Pattern.compile("^" + DNS1035_LABEL_FMT + "$");
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("^" + QUALIFIED_NAME_FMT + "$");
    private static final Pattern LABEL_VALUE = Pattern.compile("^" + LABEL_VALUE_FMT + "$");
    private static final Pattern PERCENT = Pattern.compile("^[0-9]+%$");

    private KubeValidation() {
    }

    public static List<String> dns1123Label(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > DNS1123_LABEL_MAX) {
            errors.add(maxLengthError(DNS1123_LABEL_MAX));
        }
        if (!DNS1123_LABEL.matcher(value).matches()) {
            if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
                errors.add("must not contain dots");
            } else {
                errors.add(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters"
                        + " or '-', and must start and end with an alphanumeric character",
                        DNS1123_LABEL_FMT, "my-name", "123-abc"));
            }
        }
        return errors;
    }

    /** A DNS-1035 label: like a DNS-1123 label, but starting with a letter (Service names). */
    public static List<String> dns1035Label(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > DNS1123_LABEL_MAX) {
            errors.add(maxLengthError(DNS1123_LABEL_MAX));
        }
        if (!DNS1035_LABEL.matcher(value).matches()) {
            errors.add(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with"
                    + " an alphabetic character, and end with an alphanumeric character",
                    DNS1035_LABEL_FMT, "my-name", "abc-123"));
        }
        return errors;
    }

    public static List<String> dns1123Subdomain(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > DNS1123_SUBDOMAIN_MAX) {
            errors.add(maxLengthError(DNS1123_SUBDOMAIN_MAX));
        }
        if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
            errors.add(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
                    + " '-' or '.', and must start and end with an alphanumeric character",
                    DNS1123_SUBDOMAIN_FMT, "example.com"));
        }
        return errors;
    }

    /** A label or annotation key: an optional DNS-subdomain prefix and '/', then a name. */
    public static List<String> qualifiedName(String value) {
        List<String> errors = new ArrayList<>();
        String[] parts = value.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            String prefix = parts[0];
            name = parts[1];
            if (prefix.isEmpty()) {
                errors.add("prefix part must be non-empty");
            } else {
                dns1123Subdomain(prefix).forEach(msg -> errors.add("prefix part " + msg));
            }
        } else {
            errors.add("a qualified name " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FMT,
                    "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }
        if (name.isEmpty()) {
            errors.add("name part must be non-empty");
        } else if (name.length() > QUALIFIED_NAME_MAX) {
            errors.add("name part " + maxLengthError(QUALIFIED_NAME_MAX));
        }
        if (!QUALIFIED_NAME.matcher(name).matches()) {
            errors.add("name part " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
        }
        return errors;
    }

    private static final String QUALIFIED_NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.',"
            + " and must start and end with an alphanumeric character";

    public static List<String> labelValue(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > LABEL_VALUE_MAX) {
            errors.add(maxLengthError(LABEL_VALUE_MAX));
        }
        if (!LABEL_VALUE.matcher(value).matches()) {
            errors.add(regexError("a valid label must be an empty string or consist of alphanumeric characters,"
                    + " '-', '_' or '.', and must start and end with an alphanumeric character",
                    LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
        }
        return errors;
    }

    public static List<String> percent(String value) {
        if (PERCENT.matcher(value).matches()) {
            return List.of();
        }
        return List.of(regexError("a valid percent string must be a numeric string followed by an ending '%'",
                "[0-9]+%", "1%", "93%"));
    }

    private static final String CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
    private static final Pattern CONFIG_MAP_KEY = Pattern.compile("^" + CONFIG_MAP_KEY_FMT + "$");
    private static final String HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
    private static final Pattern HTTP_HEADER_NAME = Pattern.compile("^" + HTTP_HEADER_NAME_FMT + "$");

    /** A key of a ConfigMap or Secret (IsConfigMapKey). */
    public static List<String> configMapKey(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > DNS1123_SUBDOMAIN_MAX) {
            errors.add(maxLengthError(DNS1123_SUBDOMAIN_MAX));
        }
        if (!CONFIG_MAP_KEY.matcher(value).matches()) {
            errors.add(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
                    CONFIG_MAP_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
        }
        errors.addAll(chDirPrefix(value));
        return errors;
    }

    /** apimachinery's hasChDirPrefix: names that would step out of a directory. */
    public static List<String> chDirPrefix(String value) {
        if (value.equals(".")) {
            return List.of("must not be '.'");
        }
        if (value.equals("..")) {
            return List.of("must not be '..'");
        }
        if (value.startsWith("..")) {
            return List.of("must not start with '..'");
        }
        return List.of();
    }

    /** IsHTTPHeaderName: the Go HTTP library's header names. */
    public static List<String> httpHeaderName(String value) {
        if (HTTP_HEADER_NAME.matcher(value).matches()) {
            return List.of();
        }
        return List.of(regexError("a valid HTTP header must consist of alphanumeric characters or '-'",
                HTTP_HEADER_NAME_FMT, "X-Header-Name"));
    }

    /**
     * A DNS subdomain used as a name prefix (NameIsDNSSubdomain with prefix true): a trailing dash
     * is allowed, since a suffix is appended. Upstream's maskTrailingDash replaces the last two
     * characters with "a", so that is what is checked.
     */
    public static List<String> dns1123SubdomainPrefix(String value) {
        boolean masked = value.length() > 1 && value.endsWith("-");
        return dns1123Subdomain(masked ? value.substring(0, value.length() - 2) + "a" : value);
    }

    /** IsValidPortName: an IANA service name, as container and probe ports may be named. */
    public static List<String> portName(String name) {
        List<String> errors = new ArrayList<>();
        if (name.length() > 15) {
            errors.add(maxLengthError(15));
        }
        if (!name.matches("[-a-z0-9]+")) {
            errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!name.matches(".*[a-z].*")) {
            errors.add("must contain at least one letter (a-z)");
        }
        if (name.contains("--")) {
            errors.add("must not contain consecutive hyphens");
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            errors.add("must not begin or end with a hyphen");
        }
        return errors;
    }

    /** IsValidPortNum. */
    public static List<String> portNumber(long port) {
        return port >= 1 && port <= 65535 ? List.of() : List.of("must be between 1 and 65535, inclusive");
    }

    private static final String DNS1123_LABEL_UNDERSCORE_FMT = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
    private static final String DNS1123_SUBDOMAIN_UNDERSCORE_FMT = DNS1123_LABEL_UNDERSCORE_FMT
            + "(\\." + DNS1123_LABEL_UNDERSCORE_FMT + ")*";
    private static final Pattern DNS1123_SUBDOMAIN_UNDERSCORE = Pattern.compile("^" + DNS1123_SUBDOMAIN_UNDERSCORE_FMT + "$");

    /** IsDNS1123SubdomainWithUnderscore: DNS search domains where RelaxedDNSSearchValidation is on. */
    public static List<String> dns1123SubdomainWithUnderscore(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > DNS1123_SUBDOMAIN_MAX) {
            errors.add(maxLengthError(DNS1123_SUBDOMAIN_MAX));
        }
        if (!DNS1123_SUBDOMAIN_UNDERSCORE.matcher(value).matches()) {
            errors.add(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
                    + " '_', '-' or '.', and must start and end with an alphanumeric character",
                    DNS1123_SUBDOMAIN_UNDERSCORE_FMT, "example.com"));
        }
        return errors;
    }

    private static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private static final Pattern ENV_VAR_NAME = Pattern.compile("^" + ENV_VAR_NAME_FMT + "$");
    /** Printable ASCII other than '=' (IsRelaxedEnvVarName). */
    private static final Pattern RELAXED_ENV_VAR_NAME = Pattern.compile("^[ -<>-~]+$");

    /**
     * IsEnvVarName, or IsRelaxedEnvVarName where RelaxedEnvironmentVariableValidation is on: the
     * names of environment variables and of envFrom prefixes.
     */
    public static List<String> envVarName(String name, boolean relaxed) {
        if (relaxed) {
            return RELAXED_ENV_VAR_NAME.matcher(name).matches() ? List.of()
                    : List.of("a valid environment variable name must consist only of printable ASCII characters other than '='");
        }
        List<String> errors = new ArrayList<>();
        if (!ENV_VAR_NAME.matcher(name).matches()) {
            errors.add(regexError("a valid environment variable name must consist of alphabetic characters,"
                    + " digits, '_', '-', or '.', and must not start with a digit", ENV_VAR_NAME_FMT, "my.env-name",
                    "MY_ENV.NAME", "MyEnvName1"));
        }
        errors.addAll(chDirPrefix(name));
        return errors;
    }

    public static String maxLengthError(int length) {
        return "must be no more than " + length + " characters";
    }

    /** apimachinery's RegexError, including its double space before "or". */
    public static String regexError(String message, String format, String... examples) {
        StringBuilder text = new StringBuilder(message).append(" (e.g. ");
        for (int i = 0; i < examples.length; i++) {
            if (i > 0) {
                text.append(" or ");
            }
            text.append('\'').append(examples[i]).append("', ");
        }
        return text.append("regex used for validation is '").append(format).append("')").toString();
    }
}
