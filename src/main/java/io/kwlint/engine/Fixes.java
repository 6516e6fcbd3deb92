package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.TextEdit;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the fixes of a report's findings to the text of their files: exactly the characters
 * of each edit change, so comments, key order, quoting, indentation and the other documents of
 * a file stay as they were. An edit whose place no longer holds what the finding saw, or that
 * overlaps an edit already taken, is left out (and counted), never applied half.
 */
public final class Fixes {

    /** How many times --fix checks and fixes again at most: fixed text can show findings the broken text hid. */
    public static final int MAX_PASSES = 10;

    /** A file's new text, and how many findings' fixes made it. */
    public record FixedFile(SourceFile source, String text, int fixed) {
    }

    private Fixes() {
    }

    /**
     * The files whose text the report's fixes change, by display path, in report order (standard
     * input too: --fix-dry-run shows its fixes, --fix refuses to rewrite it). A fix is taken whole
     * or not at all, also when its edits are in several files; it counts for the first file it edits.
     */
    public static Map<String, FixedFile> apply(Report report) {
        Map<String, List<TextEdit>> taken = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.fix() == null || finding.fix().edits().isEmpty()) {
                continue;
            }
            String own = finding.location().file();
            List<TextEdit> edits = finding.fix().edits();
            boolean fitsEverywhere = edits.stream().allMatch(edit -> {
                SourceFile source = report.files().get(edit.fileFor(own));
                return source != null && fits(source.text(), edit)
                        && !overlapsAny(edit, taken.getOrDefault(edit.fileFor(own), List.of()));
            });
            if (!fitsEverywhere) {
                continue;
            }
            for (TextEdit edit : edits) {
                List<TextEdit> inFile = taken.computeIfAbsent(edit.fileFor(own), f -> new ArrayList<>());
                if (!inFile.contains(edit)) {
                    inFile.add(edit);
                }
            }
            counts.merge(edits.get(0).fileFor(own), 1, Integer::sum);
        }
        Map<String, FixedFile> fixed = new LinkedHashMap<>();
        taken.forEach((path, edits) -> {
            SourceFile source = report.files().get(path);
            String text = applyEdits(source.text(), edits);
            if (!text.equals(source.text())) {
                fixed.put(path, new FixedFile(source, text, counts.getOrDefault(path, 0)));
            }
        });
        return fixed;
    }

    /** The text with the edits made; they must not overlap (the caller checked). */
    static String applyEdits(String text, List<TextEdit> edits) {
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparing((TextEdit e) -> e.span().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : backwards) {
            out.replace(offset(text, edit.span().start()), offset(text, edit.span().end()), edit.replacement());
        }
        return out.toString();
    }

    /** Whether the edit's place holds what the finding saw: the plain scalar's text, or a quoted scalar. */
    private static boolean fits(String text, TextEdit edit) {
        int start = offset(text, edit.span().start());
        int end = offset(text, edit.span().end());
        if (start < 0 || end < start || end > text.length()) {
            return false;
        }
        String there = text.substring(start, end);
        if (edit.original() != null) {
            return there.equals(edit.original());
        }
        return there.length() >= 2 && (there.charAt(0) == '"' || there.charAt(0) == '\'')
                && there.charAt(there.length() - 1) == there.charAt(0);
    }

    private static boolean overlapsAny(TextEdit edit, List<TextEdit> taken) {
        for (TextEdit other : taken) {
            boolean same = other.equals(edit);
            boolean disjoint = edit.span().end().compareTo(other.span().start()) <= 0
                    || other.span().end().compareTo(edit.span().start()) <= 0;
            if (!same && !disjoint) {
                return true;
            }
        }
        return false;
    }

    /** The char index of a line and code-point column; -1 beyond the text. */
    static int offset(String text, Position position) {
        int index = 0;
        for (int line = 1; line < position.line(); line++) {
            index = text.indexOf('\n', index);
            if (index < 0) {
                return -1;
            }
            index++;
        }
        try {
            return text.offsetByCodePoints(index, position.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * A unified diff of a file's text before and after (as {@code diff -u} prints it, with
     * {@code a/} and {@code b/} prefixes, three lines of context), for {@code --fix-dry-run}.
     */
    public static String unifiedDiff(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> changes = changedBlocks(a, b);
        StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int context = 3;
        int first = 0;
        while (first < changes.size()) {
            // One hunk: the changes whose context would touch.
            int last = first;
            while (last + 1 < changes.size() && changes.get(last + 1)[0] - changes.get(last)[1] <= 2 * context) {
                last++;
            }
            int fromA = Math.max(0, changes.get(first)[0] - context);
            int fromB = changes.get(first)[2] - (changes.get(first)[0] - fromA);
            int toA = Math.min(a.size(), changes.get(last)[1] + context);
            int toB = changes.get(last)[3] + (toA - changes.get(last)[1]);
            out.append("@@ -").append(fromA + 1).append(',').append(toA - fromA)
                    .append(" +").append(fromB + 1).append(',').append(toB - fromB).append(" @@\n");
            int i = fromA;
            for (int c = first; c <= last; c++) {
                int[] change = changes.get(c);
                a.subList(i, change[0]).forEach(line -> out.append(' ').append(line).append('\n'));
                a.subList(change[0], change[1]).forEach(line -> out.append('-').append(line).append('\n'));
                b.subList(change[2], change[3]).forEach(line -> out.append('+').append(line).append('\n'));
                i = change[1];
            }
            a.subList(i, toA).forEach(line -> out.append(' ').append(line).append('\n'));
            first = last + 1;
        }
        return out.toString();
    }

    /**
     * The blocks of lines that differ, as {fromA, toA, fromB, toB} (ends exclusive). Fixes change
     * a few lines here and there (a value, an added field), so after a difference the two sides
     * realign at the nearest pair of places where the next lines (up to three, or to both ends)
     * are the same: an added line is one "+" line, not a replaced block.
     */
    private static List<int[]> changedBlocks(List<String> a, List<String> b) {
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                continue;
            }
            int[] block = nearestRealignment(a, b, i, j);
            blocks.add(block);
            i = block[1];
            j = block[3];
        }
        return blocks;
    }

    /** The block from (i, j) to the nearest places where both sides go on alike; both ends at worst. */
    private static int[] nearestRealignment(List<String> a, List<String> b, int i, int j) {
        int most = (a.size() - i) + (b.size() - j);
        for (int skipped = 1; skipped <= most; skipped++) {
            for (int inA = 0; inA <= skipped; inA++) {
                int endA = i + inA;
                int endB = j + skipped - inA;
                if (endA <= a.size() && endB <= b.size() && realigned(a, b, endA, endB)) {
                    return new int[] {i, endA, j, endB};
                }
            }
        }
        return new int[] {i, a.size(), j, b.size()};
    }

    private static boolean realigned(List<String> a, List<String> b, int i, int j) {
        for (int t = 0; t < 3; t++) {
            boolean endA = i + t >= a.size();
            boolean endB = j + t >= b.size();
            if (endA || endB) {
                return endA && endB;
            }
            if (!a.get(i + t).equals(b.get(j + t))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
