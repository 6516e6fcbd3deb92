package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.yaml.Node;
import java.util.HashMap;
import java.util.Map;

/** The API server's warnings for repeated or empty imagePullSecrets and repeated hostAliases IPs. */
@RuleId("duplicate-pod-entries")
final class DuplicatePodEntries implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        Map<String, Node> secrets = new HashMap<>();
        for (Node secret : spec.get("imagePullSecrets").items()) {
            Node name = secret.get("name");
            String value = name.asString().orElse("");
            if (value.isEmpty()) {
                context.report(name, "empty-pull-secret");
            } else if (secrets.putIfAbsent(value, name) != null) {
                context.finding(name, "duplicate-pull-secret", value).related(object, secrets.get(value), "first listed here")
                        .report();
            }
        }
        Map<String, Node> ips = new HashMap<>();
        for (Node alias : spec.get("hostAliases").items()) {
            Node ip = alias.get("ip");
            ip.asString().ifPresent(value -> {
                if (ips.putIfAbsent(value, ip) != null) {
                    context.finding(ip, "duplicate-host-alias", value).related(object, ips.get(value), "first listed here")
                            .report();
                }
            });
        }
    }
}
