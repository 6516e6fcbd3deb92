package io.kwlint.rollout;

import io.kwlint.model.Feature;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.model.PodResources;
import io.kwlint.value.CronSchedule;
import io.kwlint.value.IntOrPercent;
import io.kwlint.value.Quantity;
import io.kwlint.yaml.Node;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Previews what the controllers do with a workload (defaults already applied), following
 * rollout-semantics.md: resolves the strategy's parameters as the controller does, runs the
 * matching simulation and adds the peak, the requests and the ResourceQuota in its way.
 */
public final class Simulator {

    /** StatefulSets are simulated pod by pod; beyond this many replicas only the parameters are shown. */
    static final int MAX_STATEFUL_PODS = 100_000;

    private static final String ON_DELETE =
            "OnDelete: nothing moves until pods are deleted by hand; a deleted pod comes back at the new revision";

    private final SimulateOptions options;
    private final ObjectSet objects;

    public Simulator(SimulateOptions options, ObjectSet objects) {
        this.options = options;
        this.objects = objects;
    }

    /** The kinds with a preview. */
    public static boolean previews(KubeObject object) {
        return object.kind().filter(kind -> switch (kind) {
            case DEPLOYMENT, STATEFUL_SET, DAEMON_SET, JOB, CRON_JOB -> true;
            default -> false;
        }).isPresent();
    }

    /**
     * The previews of every previewable object in the set, in file order, whatever the findings
     * (for tests of the simulation itself; runs use {@code engine.RolloutPreviews}).
     */
    public List<Preview> previewAll() {
        List<Preview> previews = new ArrayList<>();
        for (KubeObject object : objects.all()) {
            preview(object).ifPresent(previews::add);
        }
        return previews;
    }

    public Optional<Preview> preview(KubeObject object) {
        if (!previews(object)) {
            return Optional.empty();
        }
        Map<String, Quantity> perPod = PodResources.effectiveRequests(object.podSpec(), options.target());
        return Optional.of(switch (object.kind().orElseThrow()) {
            case DEPLOYMENT -> deployment(object, perPod);
            case STATEFUL_SET -> statefulSet(object, perPod);
            case DAEMON_SET -> daemonSet(object, perPod);
            case JOB -> job(object, object.spec(), perPod, null);
            default -> cronJob(object, perPod);
        });
    }

    private Preview deployment(KubeObject object, Map<String, Quantity> perPod) {
        Node spec = object.spec();
        int replicas = spec.get("replicas").asInt32().orElse(1);
        String type = spec.at("strategy.type").asString().orElse("RollingUpdate");
        List<String> parameters = new ArrayList<>(List.of("replicas " + replicas));
        if (replicas < 0) {
            return unpreviewable(object, type, parameters, perPod, "replicas is negative");
        }
        List<String> notes = new ArrayList<>();
        QuotaCapacity quota = QuotaCapacity.of(object, perPod, objects).orElse(null);
        Steps steps;
        if (spec.get("paused").asBoolean().orElse(false)) {
            notes.add("spec.paused is true: the controller does not create the new ReplicaSet, so a template change"
                    + " rolls out nothing until the Deployment is resumed (a paused Deployment never times out)");
            steps = new Steps(List.of(new Step(replicas, 0, replicas, "before the update")),
                    Outcome.noRollout("spec.paused is true: nothing rolls out until the Deployment is resumed"));
        } else if (type.equals("Recreate")) {
            steps = DeploymentRollout.recreate(replicas, options.assumption());
            notes.add("Recreate waits until every old pod is gone (terminationGracePeriodSeconds included) before"
                    + " it creates the new ReplicaSet: no pod serves in between");
        } else {
            Optional<IntOrPercent> surge = IntOrPercent.of(spec.at("strategy.rollingUpdate.maxSurge"));
            Optional<IntOrPercent> unavailable = IntOrPercent.of(spec.at("strategy.rollingUpdate.maxUnavailable"));
            Optional<Integer> s = surge.flatMap(v -> v.scaled(replicas, true));
            Optional<Integer> u = unavailable.flatMap(v -> v.scaled(replicas, false));
            if (s.isEmpty() || u.isEmpty()) {
                return unpreviewable(object, type, parameters, perPod,
                        "maxSurge or maxUnavailable is not a number or a percentage (see the findings of kwlint check)");
            }
            int resolvedSurge = replicas == 0 && surge.get().isPercent() ? 0 : Math.max(0, s.get());
            int resolvedUnavailable = Math.max(0, u.get());
            boolean fencepost = resolvedSurge == 0 && resolvedUnavailable == 0;
            resolvedUnavailable = replicas == 0 ? 0 : Math.min(replicas, fencepost ? 1 : resolvedUnavailable);
            parameters.add("maxSurge " + surge.get() + " → " + resolvedSurge);
            parameters.add("maxUnavailable " + unavailable.get() + " → " + resolvedUnavailable
                    + (fencepost && replicas > 0 ? " (both round to 0: the controller takes 1)" : ""));
            long capacity = quota == null ? Long.MAX_VALUE : quota.pods();
            steps = DeploymentRollout.rollingUpdate(replicas, resolvedSurge, resolvedUnavailable, options.assumption(),
                    capacity);
            if (options.assumption() == Assumption.STALLED) {
                progressDeadline(spec).ifPresent(notes::add);
            }
        }
        minReadySeconds(spec).ifPresent(notes::add);
        quotaNote(quota, replicas, steps).ifPresent(notes::add);
        notes.add("old pods are taken to have the same requests as the new template");
        return rollout(object, type, parameters, steps, replicas, perPod, quota, notes);
    }

    private Preview statefulSet(KubeObject object, Map<String, Quantity> perPod) {
        Node spec = object.spec();
        int replicas = spec.get("replicas").asInt32().orElse(1);
        String type = spec.at("updateStrategy.type").asString().orElse("RollingUpdate");
        boolean parallel = spec.get("podManagementPolicy").is("Parallel");
        int start = spec.at("ordinals.start").asInt32().orElse(0);
        List<String> parameters = new ArrayList<>(List.of("replicas " + replicas,
                "podManagementPolicy " + (parallel ? "Parallel" : "OrderedReady")));
        List<String> notes = new ArrayList<>();
        String name = object.name();
        if (replicas == 0) {
            notes.add("replicas 0: the StatefulSet has no pod to update; scaling it up creates " + name + "-" + start
                    + (parallel ? " and the next ordinals all at once" : " first, then each next ordinal once the previous"
                    + " one is Running and Ready"));
        } else {
            notes.add("scale-up creates " + name + "-" + start + " to " + name + "-" + (start + replicas - 1)
                    + (parallel ? " all at once" : " one at a time, each once the previous one is Running and Ready")
                    + "; scale-down deletes the highest ordinal first" + (parallel ? "" : ", one at a time"));
        }
        QuotaCapacity quota = QuotaCapacity.of(object, perPod, objects).orElse(null);
        Steps steps;
        if (type.equals("OnDelete")) {
            steps = new Steps(List.of(new Step(replicas, 0, replicas, "before the update")),
                    Outcome.noRollout(ON_DELETE));
        } else if (replicas < 0 || spec.at("updateStrategy.rollingUpdate.partition").asInt32().orElse(0) < 0) {
            return unpreviewable(object, type, parameters, perPod, "replicas or partition is negative");
        } else if (replicas > MAX_STATEFUL_PODS) {
            return unpreviewable(object, type, parameters, perPod, "more than " + MAX_STATEFUL_PODS
                    + " replicas: kwlint does not simulate them pod by pod");
        } else {
            int partition = spec.at("updateStrategy.rollingUpdate.partition").asInt32().orElse(0);
            parameters.add("partition " + partition);
            Integer maxUnavailable = null;
            if (options.target().enabled(Feature.MAX_UNAVAILABLE_STATEFUL_SET)) {
                Optional<IntOrPercent> value = IntOrPercent.of(spec.at("updateStrategy.rollingUpdate.maxUnavailable"));
                maxUnavailable = Math.max(1, value.flatMap(v -> v.scaled(replicas, false)).orElse(1));
                parameters.add("maxUnavailable " + value.map(Object::toString).orElse("1") + " → " + maxUnavailable);
            } else if (object.droppedFields().stream().anyMatch(d -> d.feature() == Feature.MAX_UNAVAILABLE_STATEFUL_SET)) {
                notes.add("maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off, so the API server drops"
                        + " the field (--feature-gates MaxUnavailableStatefulSet=true if your cluster turns it on); pods"
                        + " are replaced one at a time");
            }
            if (partition >= replicas && replicas > 0) {
                notes.add(0, "partition " + partition + " ≥ replicas " + replicas + ": no pod is updated");
            } else if (partition > 0) {
                notes.add("status.currentRevision stays on the old revision while the partition holds pods back");
            }
            steps = StatefulSetRollout.rollingUpdate(name, replicas, start, partition, parallel, maxUnavailable,
                    options.assumption());
        }
        minReadySeconds(spec).ifPresent(notes::add);
        quotaNote(quota, replicas, steps).ifPresent(notes::add);
        return rollout(object, type, parameters, steps, replicas, perPod, quota, notes);
    }

    private Preview daemonSet(KubeObject object, Map<String, Quantity> perPod) {
        Node spec = object.spec();
        int nodes = options.nodes();
        String type = spec.at("updateStrategy.type").asString().orElse("RollingUpdate");
        List<String> parameters = new ArrayList<>(List.of("nodes " + nodes + " (--nodes)"));
        List<String> notes = new ArrayList<>();
        Steps steps;
        if (type.equals("OnDelete")) {
            steps = new Steps(List.of(new Step(nodes, 0, nodes, "before the update")), Outcome.noRollout(ON_DELETE));
        } else {
            Optional<IntOrPercent> surge = IntOrPercent.of(spec.at("updateStrategy.rollingUpdate.maxSurge"));
            Optional<IntOrPercent> unavailable = IntOrPercent.of(spec.at("updateStrategy.rollingUpdate.maxUnavailable"));
            int s = surge.flatMap(v -> v.scaled(nodes, true)).orElse(0);
            int u = unavailable.flatMap(v -> v.scaled(nodes, true)).orElse(1);
            if (s > 0 && u > 0) {
                return unpreviewable(object, type, parameters, perPod,
                        "maxSurge and maxUnavailable are both set: the API server rejects the DaemonSet");
            }
            u = s == 0 && u == 0 ? 1 : u;
            parameters.add("maxSurge " + surge.map(Object::toString).orElse("0") + " → " + s);
            parameters.add("maxUnavailable " + unavailable.map(Object::toString).orElse("1") + " → " + u
                    + " (percentages of nodes round up)");
            steps = DaemonSetRollout.rollingUpdate(nodes, s, s > 0 ? 0 : u, options.assumption());
            notes.add("which nodes go first is not deterministic: only the counts are");
        }
        minReadySeconds(spec).ifPresent(notes::add);
        return rollout(object, type, parameters, steps, nodes, perPod, null, notes);
    }

    private Preview job(KubeObject object, Node jobSpec, Map<String, Quantity> perPod, List<ZonedDateTime> runs) {
        Integer completions = jobSpec.get("completions").asInt32().isPresent()
                ? jobSpec.get("completions").asInt32().getAsInt() : null;
        int parallelism = jobSpec.get("parallelism").asInt32().orElse(1);
        boolean indexed = jobSpec.get("completionMode").is("Indexed");
        boolean suspended = jobSpec.get("suspend").asBoolean().orElse(false);
        List<String> parameters = new ArrayList<>();
        parameters.add("completions " + (completions == null ? "unset (work queue)" : completions));
        parameters.add("parallelism " + parallelism);
        parameters.add("completionMode " + (indexed ? "Indexed" : "NonIndexed"));
        List<String> notes = new ArrayList<>();
        if (parallelism < 0 || (completions != null && completions < 0)) {
            return unpreviewable(object, "waves", parameters, perPod, "completions or parallelism is negative");
        }
        if (suspended) {
            notes.add("suspend is true: no pod runs until it is resumed");
        }
        JobWaves.Plan plan = JobWaves.plan(completions, parallelism, indexed, suspended);
        if (plan.firstWaveCapped()) {
            notes.add("the Job controller creates at most " + JobWaves.MAX_CREATES_PER_SYNC + " pods per sync: with every"
                    + " pod done before the next sync, waves hold " + JobWaves.MAX_CREATES_PER_SYNC + " pods, not " + parallelism);
        }
        if (plan.moreWaves() > 0) {
            notes.add(plan.moreWaves() + " more waves follow (kwlint lists " + JobWaves.MAX_WAVES + ")");
        }
        boolean runsPods = !suspended && parallelism > 0 && (completions == null || completions > 0);
        if (completions != null && completions == 0) {
            notes.add("completions 0: the Job is complete at once, without running a pod");
        } else if (parallelism == 0 && !suspended) {
            notes.add("parallelism 0: the controller creates no pod, so the Job makes no progress until parallelism is raised");
        }
        if (completions == null && runsPods) {
            notes.add("work queue: the Job is complete once one pod succeeds and all have finished");
        }
        if (runsPods) {
            notes.add("assuming every pod succeeds; a failed pod is retried after 10 s, doubling (capped at 10 min in current"
                    + " releases), up to backoffLimit " + jobSpec.get("backoffLimit").asInt32().orElse(6) + " failures");
        }
        int peak = plan.peakPods();
        String strategy = runs == null ? "waves" : "runs";
        List<String> allParameters = parameters;
        List<String> allNotes = notes;
        if (runs != null) {
            allParameters = new ArrayList<>(cronParameters(object));
            allParameters.addAll(parameters);
            allNotes = new ArrayList<>(cronNotes(object));
            allNotes.addAll(notes);
        }
        return new Preview(describe(object), location(object), options.assumption(), strategy, allParameters, null, plan,
                runs, peak, peak, perPod, null, allNotes);
    }

    private Preview cronJob(KubeObject object, Map<String, Quantity> perPod) {
        Node spec = object.spec();
        List<ZonedDateTime> runs = List.of();
        CronSchedule.Parsed schedule = CronSchedule.parse(spec.get("schedule").asString().orElse(""));
        Optional<ZoneId> zone = zone(spec);
        if (schedule.ok() && zone.isPresent() && !spec.get("suspend").asBoolean().orElse(false)) {
            runs = schedule.schedule().nextRuns(options.from().withZoneSameInstant(zone.get()), zone.get(), options.runs());
        }
        return job(object, spec.at("jobTemplate.spec"), perPod, runs);
    }

    private List<String> cronParameters(KubeObject object) {
        Node spec = object.spec();
        return List.of("schedule " + spec.get("schedule").asString().map(s -> "\"" + s + "\"").orElse("?"),
                "timeZone " + spec.get("timeZone").asString().orElse("unset (the controller manager's zone, usually UTC)"),
                "concurrencyPolicy " + spec.get("concurrencyPolicy").asString().orElse("Allow"));
    }

    private List<String> cronNotes(KubeObject object) {
        Node spec = object.spec();
        List<String> notes = new ArrayList<>();
        CronSchedule.Parsed schedule = CronSchedule.parse(spec.get("schedule").asString().orElse(""));
        if (!schedule.ok()) {
            notes.add("the schedule does not parse: " + schedule.error());
        }
        if (zone(spec).isEmpty()) {
            notes.add("timeZone " + spec.get("timeZone").asString().orElse("") + " is not a known time zone");
        }
        if (spec.get("suspend").asBoolean().orElse(false)) {
            notes.add("suspend is true: no run starts");
        }
        notes.add(switch (spec.get("concurrencyPolicy").asString().orElse("Allow")) {
            case "Forbid" -> "a run that is due while the previous Job still runs is skipped (Forbid)";
            case "Replace" -> "a run that is due while the previous Job still runs replaces it: the old Job is deleted (Replace)";
            default -> "a run that is due while the previous Job still runs starts anyway: runs can overlap and"
                    + " their pods add up (Allow)";
        });
        spec.get("startingDeadlineSeconds").asInt32().ifPresent(deadline -> notes.add("a run missed by more than "
                + deadline + " s (controller down, Forbid) is skipped"));
        return notes;
    }

    /** The schedule's zone: timeZone, or UTC where it is unset (the controller manager's usual zone). */
    private static Optional<ZoneId> zone(Node cronSpec) {
        Optional<String> name = cronSpec.get("timeZone").asString();
        if (name.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(name.get()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private Preview rollout(KubeObject object, String strategy, List<String> parameters, Steps steps, int steady,
            Map<String, Quantity> perPod, QuotaCapacity quota, List<String> notes) {
        int peak = steps.steps().stream().mapToInt(Step::total).max().orElse(steady);
        return new Preview(describe(object), location(object), options.assumption(), strategy, parameters, steps, null,
                null, Math.max(peak, 0), steady, perPod, quota, notes);
    }

    /**
     * The preview of an object the API server refuses: it is never created, so nothing rolls out
     * (a preview of replicas it cannot have would mislead). {@code why} is the first such error.
     */
    public Preview rejected(KubeObject object, String why) {
        return new Preview(describe(object), location(object), options.assumption(), "none", List.of(),
                new Steps(List.of(), Outcome.rejected(why)), null, null, 0, 0, Map.of(), null, List.of());
    }

    /**
     * The same preview without its steps or waves: beyond the output bound of a run, only the
     * outcome and the peak are shown.
     */
    public static Preview summarized(Preview preview, String why) {
        Steps steps = preview.steps() == null ? null : new Steps(List.of(), Outcome.truncated(why));
        JobWaves.Plan waves = preview.waves() == null ? null
                : new JobWaves.Plan(List.of(), preview.waves().waves().size() + preview.waves().moreWaves(), false);
        List<String> notes = new ArrayList<>(preview.notes());
        notes.add(why);
        return new Preview(preview.object(), preview.location(), preview.assumption(), preview.strategy(),
                preview.parameters(), steps, waves, preview.runs(), preview.peakPods(), preview.steadyPods(),
                preview.perPod(), preview.quota(), notes);
    }

    private Preview unpreviewable(KubeObject object, String strategy, List<String> parameters,
            Map<String, Quantity> perPod, String why) {
        return new Preview(describe(object), location(object), options.assumption(), strategy, parameters,
                new Steps(List.of(), Outcome.noRollout("cannot preview: " + why)), null, null, 0, 0, perPod, null,
                List.of());
    }

    private Optional<String> progressDeadline(Node spec) {
        Optional<Integer> seconds = spec.get("progressDeadlineSeconds").asInt32().isPresent()
                ? Optional.of(spec.get("progressDeadlineSeconds").asInt32().getAsInt()) : Optional.empty();
        if (seconds.isEmpty() || seconds.get() == Integer.MAX_VALUE) {
            return Optional.of("no progressDeadlineSeconds: the Deployment never reports the stalled rollout as failed");
        }
        return Optional.of("after progressDeadlineSeconds " + seconds.get() + " s without progress the Deployment gets"
                + " Progressing=False (ProgressDeadlineExceeded): the rollout is reported failed; the controller keeps"
                + " it as it is and does not roll back");
    }

    private static Optional<String> minReadySeconds(Node spec) {
        int seconds = spec.get("minReadySeconds").asInt32().orElse(0);
        return seconds > 0 ? Optional.of("minReadySeconds " + seconds + ": a new pod counts as available only "
                + seconds + " s after it is ready, which delays every step that removes old pods") : Optional.empty();
    }

    /** What the quota does to this rollout: nothing, failed pod creations that slow it, or a stall. */
    private static Optional<String> quotaNote(QuotaCapacity quota, int replicas, Steps steps) {
        if (quota == null) {
            return Optional.empty();
        }
        String room = quota.describe() + " leaves room for " + Steps.pods((int) Math.min(quota.pods(), Integer.MAX_VALUE));
        int blocked = steps.firstQuotaBlock();
        if (quota.pods() < replicas) {
            return Optional.of(room + " of this template: fewer than the " + replicas + (replicas == 1 ? " replica" : " replicas"));
        }
        if (blocked < 0) {
            return Optional.of(room + ": enough for this rollout");
        }
        if (steps.outcome().kind() == Outcome.Kind.STALLED) {
            return Optional.of(room + ": from step " + blocked + " the new ReplicaSet cannot create its pods"
                    + " (FailedCreate: exceeded quota) and the rollout stops there");
        }
        return Optional.of(room + ": from step " + blocked + " pod creations fail (FailedCreate: exceeded quota);"
                + " the rollout goes on only as old pods are removed");
    }

    private static String describe(KubeObject object) {
        return object.ref().toString();
    }

    private static String location(KubeObject object) {
        return object.file().displayPath() + ":" + object.root().anchorSpan().start().line();
    }
}
