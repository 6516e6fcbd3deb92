package io.kwlint.report;

import io.kwlint.json.JsonWriter;
import io.kwlint.rollout.JobWaves;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.Step;
import io.kwlint.value.Quantity;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kwlint simulate --format json}, documented in the README:
 * {@code {"previews":[{"object","location","strategy","assumption","parameters","steps"|"waves"|"runs",
 * "outcome","peak","steady","minAvailable","quota","notes"}]}}. Stable: new fields may be added.
 */
public final class PreviewJsonReporter {

    public String render(List<Preview> previews) {
        List<Object> items = new ArrayList<>();
        previews.forEach(preview -> items.add(preview(preview)));
        return JsonWriter.write(Json.object("previews", items)) + "\n";
    }

    static Map<String, Object> preview(Preview preview) {
        return Json.object(
                "object", preview.object(),
                "location", preview.location(),
                "strategy", preview.strategy(),
                "assumption", preview.assumption().id(),
                "parameters", preview.parameters(),
                "steps", preview.steps() == null ? null : steps(preview),
                "outcome", preview.steps() == null ? null : Json.object(
                        "result", preview.steps().outcome().kind().id(),
                        "reason", preview.steps().outcome().reason()),
                "runs", preview.runs() == null ? null : preview.runs().stream()
                        .map(run -> DateTimeFormatter.ISO_INSTANT.format(run.withZoneSameInstant(ZoneOffset.UTC))).toList(),
                "waves", preview.waves() == null ? null : waves(preview.waves()),
                "peak", usage(preview, preview.peakPods()),
                "steady", usage(preview, preview.steadyPods()),
                "minAvailable", preview.minAvailable() < 0 ? null : preview.minAvailable(),
                "quota", preview.quota() == null ? null : Json.object(
                        "object", preview.quota().quota().ref().toString(),
                        "limit", preview.quota().limit(),
                        "pods", preview.quota().pods()),
                "notes", preview.notes());
    }

    private static List<Object> steps(Preview preview) {
        List<Object> steps = new ArrayList<>();
        List<Step> list = preview.steps().steps();
        for (int i = 0; i < list.size(); i++) {
            Step step = list.get(i);
            steps.add(Json.object("step", i, "old", step.old(), "new", step.updated(), "total", step.total(),
                    "available", step.available(), "action", step.action(),
                    "quotaBlocked", step.quotaBlocked() ? Boolean.TRUE : null));
        }
        return steps;
    }

    private static List<Object> waves(JobWaves.Plan plan) {
        List<Object> waves = new ArrayList<>();
        for (JobWaves.Wave wave : plan.waves()) {
            waves.add(Json.object("pods", wave.pods(), "indexes", wave.indexes()));
        }
        return waves;
    }

    private static Map<String, Object> usage(Preview preview, int pods) {
        Map<String, Object> usage = Json.object("pods", pods);
        for (Map.Entry<String, Quantity> resource : preview.requests(pods).entrySet()) {
            usage.put(resource.getKey(), resource.getValue().toString());
        }
        return usage;
    }
}
