package io.kwlint.rules;

import io.kwlint.model.Container;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.yaml.Node;
import java.util.List;

/** Pod and container enumerations with a fixed set of values. */
@RuleId("unsupported-value")
final class UnsupportedValue implements ObjectRule {

    private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
    private static final List<String> MESSAGE_POLICIES = List.of("File", "FallbackToLogsOnError");
    private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    private static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podSpec = object.podSpec();
        for (Container container : Container.of(podSpec)) {
            checkEnum(container.node().get("imagePullPolicy"), PULL_POLICIES, context);
            checkEnum(container.node().get("terminationMessagePolicy"), MESSAGE_POLICIES, context);
        }
        if (object.is(Kind.POD)) {
            // Templates of controllers are held to their own, stricter rule (workload-restart-policy, job-restart-policy).
            checkEnum(podSpec.get("restartPolicy"), RESTART_POLICIES, context);
        }
        Node dnsPolicy = podSpec.get("dnsPolicy");
        checkEnum(dnsPolicy, DNS_POLICIES, context);
        if (dnsPolicy.is("None")) {
            // validatePodDNSConfig: first the dnsConfig itself, then its nameservers
            Node config = podSpec.get("dnsConfig");
            Node nameservers = config.get("nameservers");
            if (!config.isPresent()) {
                context.finding(dnsPolicy, "dns-none", ApiError.required(config, "must provide `dnsConfig` when `dnsPolicy` is None").body()).path(config.path()).report();
            } else if (nameservers.items().isEmpty()) {
                context.finding(dnsPolicy, "dns-none", ApiError.required(nameservers, "must provide at least one DNS nameserver when `dnsPolicy` is None").body())
                        .path(nameservers.path()).report();
            }
        }
    }

    private static void checkEnum(Node value, List<String> supported, RuleContext context) {
        if (value.isPresent() && value.asString().filter(supported::contains).isEmpty()) {
            RuleContext.FindingBuilder finding = context.finding(ApiError.unsupported(value, supported), "unsupported");
            LetterCase.correction(value, supported).ifPresent(fixed -> finding.fix("write " + fixed, value, fixed));
            finding.report();
        }
    }
}
