package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeObject;
import io.kwlint.model.ObjectSet;
import io.kwlint.rollout.JobWaves;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.rollout.Simulator;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rollout previews of a checked set, as {@code kwlint simulate}, {@code check --simulate} and
 * the Maven plugin show them: a workload the API server rejects gets no rollout (it is never
 * created) but the error that rejects it; and the whole output is bounded, whatever the numbers
 * in the manifests or on the command line.
 */
public final class RolloutPreviews {

    /** Steps and waves listed over all previews of a run; later previews show their outcome only. */
    public static final int MAX_ROWS = 100_000;

    private RolloutPreviews() {
    }

    /**
     * A run made for previews only ({@code kwlint simulate}): the engine's input checks and the
     * rules whose errors mean the API server refuses an object (such an object gets its error
     * instead of a preview), not the other rules, whose findings a preview does not show.
     */
    public static LintOptions forPreviews(LintOptions options) {
        Set<String> disabled = new HashSet<>(options.disabledRules());
        for (RuleMetadata rule : RuleCatalog.builtIn().all()) {
            if (!rule.builtin() && !rule.category().rejectsObject()) {
                disabled.add(rule.id());
            }
        }
        return options.withDisabledRules(disabled);
    }

    public static List<Preview> of(Report report, SimulateOptions options, Predicate<KubeObject> selected) {
        Simulator simulator = new Simulator(options, new ObjectSet(report.objects()));
        Map<String, Finding> rejections = rejections(report);
        List<Preview> previews = new ArrayList<>();
        long rows = 0;
        for (KubeObject object : report.objects()) {
            if (!selected.test(object) || !Simulator.previews(object)) {
                continue;
            }
            Finding rejection = rejections.get(key(object.file().displayPath(), object.ref().toString()));
            Preview preview = rejection != null
                    ? simulator.rejected(object, "the API server rejects this " + object.kindName() + ": "
                            + rejection.message() + " (" + rejection.location() + " [" + rejection.ruleId() + "])")
                    : simulator.preview(object).orElseThrow();
            long size = rows(preview);
            if (rows + size > MAX_ROWS && size > 0) {
                preview = Simulator.summarized(preview, "steps not listed: the previews of this run reached kwlint's"
                        + " bound of " + MAX_ROWS + " steps and waves (preview fewer objects with --object)");
                size = 0;
            }
            rows += size;
            previews.add(preview);
        }
        return previews;
    }

    private static long rows(Preview preview) {
        long steps = preview.steps() == null ? 0 : preview.steps().steps().size();
        JobWaves.Plan waves = preview.waves();
        return steps + (waves == null ? 0 : waves.waves().size());
    }

    /** The first error of each object that says the API server refuses it, by file and object. */
    private static Map<String, Finding> rejections(Report report) {
        Map<String, io.kwlint.rule.Category> categories = new HashMap<>();
        for (RuleMetadata rule : report.rules()) {
            categories.put(rule.id(), rule.category());
        }
        Map<String, Finding> first = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.object() != null && finding.severity() == Severity.ERROR
                    && categories.containsKey(finding.ruleId()) && categories.get(finding.ruleId()).rejectsObject()) {
                first.putIfAbsent(key(finding.location().file(), finding.objectName()), finding);
            }
        }
        return first;
    }

    private static String key(String file, String object) {
        return file + "\u0000" + object;
    }
}
