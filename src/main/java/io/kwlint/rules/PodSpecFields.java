package io.kwlint.rules;

import io.kwlint.model.Feature;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.IpAddresses;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The plain fields of a pod spec that ValidatePodSpec checks one by one: the names it refers to
 * (service account, node, priority class, runtime class), its own hostname and subdomain, the
 * preemption policy, readiness and scheduling gates, host aliases and the DNS configuration.
 */
@RuleId("pod-spec-fields")
final class PodSpecFields implements ObjectRule {

    private static final List<String> PREEMPTION_POLICIES = List.of("PreemptLowerPriority", "Never");
    private static final int MAX_NAMESERVERS = 3;
    private static final int MAX_SEARCHES = 32;
    private static final int MAX_SEARCH_CHARS = 2048;

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node spec = object.podSpec();
        name(spec.get("serviceAccountName"), KubeValidation::dns1123Subdomain, context);
        name(spec.get("nodeName"), KubeValidation::dns1123Subdomain, context);
        name(spec.get("hostname"), KubeValidation::dns1123Label, context);
        name(spec.get("subdomain"), KubeValidation::dns1123Label, context);
        name(spec.get("priorityClassName"), KubeValidation::dns1123Subdomain, context);
        runtimeClass(spec.get("runtimeClassName"), context);
        preemptionPolicy(spec.get("preemptionPolicy"), context);
        readinessGates(spec.get("readinessGates"), context);
        schedulingGates(spec, object.is(Kind.POD), context);
        hostAliases(spec.get("hostAliases"), context);
        dnsConfig(spec.get("dnsConfig"), context.enabled(Feature.RELAXED_DNS_SEARCH_VALIDATION), context);
    }

    private static void report(RuleContext context, ApiError error) {
        context.report(error, "invalid");
    }

    /** A name field that upstream checks only when it is not empty. */
    private static void name(Node value, Function<String, List<String>> check, RuleContext context) {
        value.asString().filter(text -> !text.isEmpty()).ifPresent(text -> check.apply(text).forEach(message ->
                report(context, ApiError.invalid(value, ApiError.quote(text), message))));
    }

    /** runtimeClassName is a pointer: set, even to "", it must be a DNS subdomain. */
    private static void runtimeClass(Node value, RuleContext context) {
        value.asString().ifPresent(text -> KubeValidation.dns1123Subdomain(text).forEach(message ->
                report(context, ApiError.invalid(value, ApiError.quote(text), message))));
    }

    private static void preemptionPolicy(Node value, RuleContext context) {
        value.asString().ifPresent(policy -> {
            if (policy.isEmpty()) {
                report(context, ApiError.required(value, ""));
            } else if (!PREEMPTION_POLICIES.contains(policy)) {
                report(context, ApiError.unsupported(value, ApiError.quote(policy), PREEMPTION_POLICIES));
            }
        });
    }

    private static void readinessGates(Node gates, RuleContext context) {
        for (Node gate : gates.items()) {
            Node type = gate.get("conditionType");
            String text = type.asString().orElse("");
            if (type.isPresent() && type.asString().isEmpty()) {
                continue;
            }
            KubeValidation.qualifiedName(text).forEach(message -> report(context,
                    ApiError.invalid(type.isPresent() ? type : gate, gate.path().child("conditionType"), ApiError.quote(text), message)));
        }
    }

    /** Upstream prints a scheduling gate's errors at the list entry, not at its name. */
    private static void schedulingGates(Node spec, boolean isPod, RuleContext context) {
        Node gates = spec.get("schedulingGates");
        Set<String> seen = new HashSet<>();
        for (Node gate : gates.items()) {
            Node name = gate.get("name");
            String text = name.asString().orElse("");
            Node at = name.isPresent() ? name : gate;
            KubeValidation.qualifiedName(text).forEach(message ->
                    report(context, ApiError.invalid(at, gate.path(), ApiError.quote(text), message)));
            if (!seen.add(text)) {
                report(context, new ApiError(at, gate.path(), ApiError.Type.DUPLICATE, ApiError.quote(text), null));
            }
        }
        Node nodeName = spec.get("nodeName");
        if (isPod && !gates.items().isEmpty() && !nodeName.asString().orElse("").isEmpty()) {
            report(context, ApiError.forbidden(nodeName, "cannot be set until all schedulingGates have been cleared"));
        }
    }

    private static void hostAliases(Node aliases, RuleContext context) {
        for (Node alias : aliases.items()) {
            Node ip = alias.get("ip");
            String text = ip.asString().orElse("");
            if (!(ip.isPresent() && ip.asString().isEmpty()) && !IpAddresses.isValid(text)) {
                report(context, ApiError.invalid(ip.isPresent() ? ip : alias, alias.path().child("ip"), ApiError.quote(text),
                        IpAddresses.INVALID));
            }
            for (Node hostname : alias.get("hostnames").items()) {
                hostname.asString().ifPresent(host -> KubeValidation.dns1123Subdomain(host).forEach(message ->
                        report(context, ApiError.invalid(hostname, ApiError.quote(host), message))));
            }
        }
    }

    /**
     * validatePodDNSConfig, beyond dnsPolicy None (unsupported-value reports that): at most 3
     * nameservers, each an IP; at most 32 search domains of at most 2048 characters in all, each a
     * DNS subdomain (with underscores, or ".", where RelaxedDNSSearchValidation is on); named options.
     */
    private static void dnsConfig(Node config, boolean relaxedSearch, RuleContext context) {
        if (!config.isMap()) {
            return;
        }
        Node nameservers = config.get("nameservers");
        if (nameservers.items().size() > MAX_NAMESERVERS) {
            report(context, ApiError.invalid(nameservers, ApiError.goStringSlice(nameservers),
                    "must not have more than " + MAX_NAMESERVERS + " nameservers"));
        }
        for (Node nameserver : nameservers.items()) {
            nameserver.asString().filter(ip -> !IpAddresses.isValid(ip)).ifPresent(ip ->
                    report(context, ApiError.invalid(nameserver, ApiError.quote(ip), IpAddresses.INVALID)));
        }
        Node searches = config.get("searches");
        List<Node> items = searches.items();
        if (items.size() > MAX_SEARCHES) {
            report(context, ApiError.invalid(searches, ApiError.goStringSlice(searches),
                    "must not have more than " + MAX_SEARCHES + " search paths"));
        }
        int chars = items.stream().mapToInt(s -> s.asString().orElse("").length()).sum() + Math.max(0, items.size() - 1);
        if (chars > MAX_SEARCH_CHARS) {
            report(context, ApiError.invalid(searches, ApiError.goStringSlice(searches),
                    "must not have more than " + MAX_SEARCH_CHARS + " characters (including spaces) in the search list"));
        }
        for (Node search : items) {
            search.asString().ifPresent(domain -> searchErrors(domain, relaxedSearch).forEach(message ->
                    report(context, ApiError.invalid(search, ApiError.quote(trimDot(domain, relaxedSearch)), message))));
        }
        for (Node option : config.get("options").items()) {
            if (option.get("name").asString().orElse("").isEmpty() && !(option.get("name").isPresent()
                    && option.get("name").asString().isEmpty())) {
                report(context, ApiError.required(option, "must not be empty"));
            }
        }
    }

    private static List<String> searchErrors(String domain, boolean relaxed) {
        if (relaxed) {
            return domain.equals(".") ? List.of() : KubeValidation.dns1123SubdomainWithUnderscore(trimDot(domain, true));
        }
        return KubeValidation.dns1123Subdomain(trimDot(domain, false));
    }

    /** The domain as upstream checks and prints it: without one trailing dot ("." itself kept where relaxed). */
    private static String trimDot(String domain, boolean relaxed) {
        if (relaxed && domain.equals(".")) {
            return domain;
        }
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
