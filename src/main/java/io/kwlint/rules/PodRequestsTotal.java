package io.kwlint.rules;

import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.PodResources;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.IntOrPercent;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.Node;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a workload asks the scheduler for: the effective request of one pod (as the scheduler
 * sums containers, init containers and sidecars), times the pods that run at once, and at the
 * peak of a rolling update.
 */
@RuleId("pod-requests-total")
final class PodRequestsTotal implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node podSpec = object.podSpec();
        Map<String, Quantity> perPod = PodResources.effectiveRequests(podSpec, context.target());
        if (perPod.isEmpty()) {
            return;
        }
        Node at = object.is(Kind.POD) ? object.spec() : object.podTemplate();
        String pod = PodResources.describe(perPod);
        Kind kind = object.kind().orElseThrow();
        OptionalInt replicas = object.spec().get("replicas").asInt32();
        switch (kind) {
            case POD -> context.report(at, "pod", pod);
            case DEPLOYMENT -> deployment(object, context, at, perPod, replicas);
            case REPLICA_SET, STATEFUL_SET -> {
                if (replicas.isPresent()) {
                    context.report(at, "replicas", pod, replicas.getAsInt(), total(perPod, replicas.getAsInt()));
                }
            }
            case DAEMON_SET -> context.report(at, "daemonset", pod);
            case JOB -> running(context, at, perPod, object.spec(), "job", "");
            case CRON_JOB -> running(context, at, perPod, object.spec().at("jobTemplate.spec"), "cronjob",
                    object.spec().get("concurrencyPolicy").is("Allow")
                            ? "; concurrencyPolicy Allow lets a run start while the previous one still runs" : "");
            default -> {
            }
        }
    }

    private static void deployment(KubeObject object, RuleContext context, Node at, Map<String, Quantity> perPod,
            OptionalInt replicas) {
        if (replicas.isEmpty()) {
            return;
        }
        int r = replicas.getAsInt();
        Node strategy = object.spec().get("strategy");
        Optional<IntOrPercent> surge = IntOrPercent.of(strategy.at("rollingUpdate.maxSurge"));
        if (!strategy.get("type").is("RollingUpdate") || surge.isEmpty() || r == 0) {
            context.report(at, "replicas", PodResources.describe(perPod), r, total(perPod, r));
            return;
        }
        int surgePods = surge.get().scaled(r, true).orElse(0);
        int peak = r + Math.max(0, surgePods);
        context.report(at, "deployment", PodResources.describe(perPod), r, total(perPod, r), surge.get(), peak,
                total(perPod, peak));
    }

    private static void running(RuleContext context, Node at, Map<String, Quantity> perPod, Node jobSpec,
            String messageId, String note) {
        OptionalInt parallelism = jobSpec.get("parallelism").asInt32();
        OptionalInt completions = jobSpec.get("completions").asInt32();
        if (parallelism.isEmpty()) {
            return;
        }
        int atOnce = completions.isPresent() ? Math.min(parallelism.getAsInt(), completions.getAsInt())
                : parallelism.getAsInt();
        context.report(at, messageId, PodResources.describe(perPod), atOnce + (atOnce == 1 ? " pod" : " pods"),
                total(perPod, atOnce), note);
    }

    private static String total(Map<String, Quantity> perPod, int pods) {
        return PodResources.describe(PodResources.times(perPod, Math.max(0, pods)));
    }
}
