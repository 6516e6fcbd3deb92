package io.kwlint.testing;

import io.kwlint.model.KubeVersion;
import io.kwlint.model.PodSecurityDefaults;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional first-lines header of a case: {@code # kwlint-test: kube-version=1.30 rules=all}.
 * {@code rules=all} compares every finding, not only those of the rule the folder is named after;
 * {@code pod-security=enforce:baseline,warn:restricted,exempt-namespace:kube-system} sets the cluster's
 * Pod Security defaults and exemptions (as {@code podSecurity} in .kwlint.yaml).
 */
public record CaseHeader(KubeVersion kubeVersion, boolean allRules, PodSecurityDefaults podSecurity) {

    private static final Pattern HEADER = Pattern.compile("#\\s*kwlint-test:(.*)");

    public static CaseHeader parse(String text) {
        KubeVersion version = KubeVersion.DEFAULT;
        boolean all = false;
        PodSecurityDefaults podSecurity = PodSecurityDefaults.PRIVILEGED;
        for (String line : text.split("\\r?\\n", -1)) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            for (String setting : m.group(1).trim().split("\\s+")) {
                String[] kv = setting.split("=", 2);
                switch (kv[0]) {
                    case "kube-version" -> version = KubeVersion.parse(kv[1]);
                    case "rules" -> all = kv[1].equals("all");
                    case "pod-security" -> {
                        Map<String, String> settings = new LinkedHashMap<>();
                        java.util.Set<String> namespaces = new java.util.HashSet<>();
                        java.util.Set<String> runtimeClasses = new java.util.HashSet<>();
                        for (String pair : kv[1].split(",")) {
                            String[] keyValue = pair.split(":", 2);
                            switch (keyValue[0]) {
                                case "exempt-namespace" -> namespaces.add(keyValue[1]);
                                case "exempt-runtime-class" -> runtimeClasses.add(keyValue[1]);
                                default -> settings.put(keyValue[0], keyValue[1]);
                            }
                        }
                        podSecurity = PodSecurityDefaults.parse(settings).withExemptions(namespaces, runtimeClasses);
                    }
                    default -> throw new IllegalArgumentException("unknown kwlint-test setting: " + setting);
                }
            }
        }
        return new CaseHeader(version, all, podSecurity);
    }
}
