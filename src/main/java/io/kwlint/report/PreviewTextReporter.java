package io.kwlint.report;

import io.kwlint.model.PodResources;
import io.kwlint.rollout.JobWaves;
import io.kwlint.rollout.Outcome;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.Step;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The rollout preview for people: a row per step with old and new pods as counts and as a bar
 * ({@code o} an old pod, {@code #} a new one), then the peak next to the steady state.
 */
public final class PreviewTextReporter {

    /** Bars longer than this are scaled down. */
    static final int BAR_WIDTH = 40;
    private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    public String render(List<Preview> previews) {
        StringBuilder out = new StringBuilder();
        for (Preview preview : previews) {
            if (out.length() > 0) {
                out.append('\n');
            }
            render(preview, out);
        }
        if (previews.isEmpty()) {
            out.append("nothing to preview: no Deployment, StatefulSet, DaemonSet, Job or CronJob\n");
        }
        return ReportOutput.encodable(out.toString());
    }

    private void render(Preview preview, StringBuilder out) {
        out.append(preview.object()).append("  (").append(preview.location()).append(")\n");
        if (preview.steps() != null && preview.steps().outcome().kind() == Outcome.Kind.REJECTED) {
            out.append("  not created: ").append(preview.steps().outcome().reason()).append('\n');
            return;
        }
        out.append("  ").append(preview.strategy()).append(": ").append(String.join(", ", preview.parameters())).append('\n');
        if (preview.steps() != null && preview.steps().steps().isEmpty()) {
            out.append("  ").append(preview.steps().outcome().reason()).append('\n');
            return;
        }
        if (preview.steps() != null) {
            out.append("  assuming ").append(preview.assumption().description())
                    .append(" (--assume ").append(preview.assumption().id()).append(")\n");
            steps(preview, out);
        }
        if (preview.runs() != null) {
            runs(preview, out);
        }
        if (preview.waves() != null) {
            waves(preview.waves(), preview.runs() != null, out);
        }
        usage(preview, out);
        for (String note : preview.notes()) {
            out.append("  note: ").append(note).append('\n');
        }
    }

    private static void steps(Preview preview, StringBuilder out) {
        List<Step> steps = preview.steps().steps();
        if (!steps.isEmpty()) {
            int peak = steps.stream().mapToInt(Step::total).max().orElse(1);
            int perChar = Math.max(1, (peak + BAR_WIDTH - 1) / BAR_WIDTH);
            int barWidth = Math.max(4, Math.min(peak, BAR_WIDTH));
            out.append('\n').append(String.format("  %4s %5s %5s %5s %9s  %-" + barWidth + "s  %s%n",
                    "step", "old", "new", "total", "available", "pods", "action"));
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                out.append(String.format("  %4d %5d %5d %5d %9d  %-" + barWidth + "s  %s%n", i, step.old(),
                        step.updated(), step.total(), step.available(), bar(step, perChar), step.action()));
            }
            out.append("  (o an old pod, # a new pod").append(perChar > 1 ? ", each character up to " + perChar + " pods" : "")
                    .append(")\n\n");
        }
        out.append("  ").append(preview.steps().outcome().kind().id()).append(": ")
                .append(preview.steps().outcome().reason()).append('\n');
    }

    private static String bar(Step step, int perChar) {
        return "o".repeat((step.old() + perChar - 1) / perChar) + "#".repeat((step.updated() + perChar - 1) / perChar);
    }

    private static void runs(Preview preview, StringBuilder out) {
        if (preview.runs().isEmpty()) {
            out.append("  no run is scheduled\n");
            return;
        }
        out.append("  next runs:\n");
        for (var run : preview.runs()) {
            out.append("    ").append(RUN.format(run));
            if (!run.getZone().equals(ZoneOffset.UTC)) {
                out.append("  (").append(DateTimeFormatter.ISO_INSTANT.format(run.toInstant())).append(')');
            }
            out.append('\n');
        }
    }

    private static void waves(JobWaves.Plan plan, boolean perRun, StringBuilder out) {
        if (plan.waves().isEmpty()) {
            out.append("  no pod runs\n");
            return;
        }
        out.append(perRun ? "  each run's Job:\n" : "\n");
        // Consecutive waves of one size are one row: a Job of 100,000 waves reads in a few lines.
        List<JobWaves.Wave> waves = plan.waves();
        List<String[]> rows = new ArrayList<>();
        for (int first = 0; first < waves.size(); ) {
            int last = first;
            while (last + 1 < waves.size() && waves.get(last + 1).pods() == waves.get(first).pods()) {
                last++;
            }
            JobWaves.Wave start = waves.get(first);
            JobWaves.Wave end = waves.get(last);
            String numbers = first == last ? String.valueOf(first + 1) : (first + 1) + "-" + (last + 1);
            String indexes = start.firstIndex() == null ? "-"
                    : first == last ? start.indexes() : start.firstIndex() + "-" + (end.firstIndex() + end.pods() - 1);
            rows.add(new String[] {numbers, String.valueOf(start.pods()), indexes});
            first = last + 1;
        }
        int width = Math.max(4, rows.stream().mapToInt(row -> row[0].length()).max().orElse(4));
        out.append(String.format("  %" + width + "s %5s  %s%n", "wave", "pods", "indexes"));
        for (String[] row : rows) {
            out.append(String.format("  %" + width + "s %5s  %s%n", row[0], row[1], row[2]));
        }
        out.append('\n');
    }

    private static void usage(Preview preview, StringBuilder out) {
        out.append("  peak: ").append(pods(preview, preview.peakPods()));
        if (preview.steps() != null) {
            out.append("; steady state: ").append(pods(preview, preview.steadyPods()));
            if (preview.minAvailable() >= 0) {
                out.append("; fewest available: ").append(preview.minAvailable());
            }
        }
        out.append('\n');
    }

    private static String pods(Preview preview, int pods) {
        String requests = PodResources.describe(preview.requests(pods));
        return pods + (pods == 1 ? " pod" : " pods") + (requests.isEmpty() ? " (no requests)" : " (" + requests + ")");
    }
}
