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
     * input too: --fix-dry-run shows its fixes, --fix refuses to rewrite it).
     */
    public static Map<String, FixedFile> apply(Report report) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            SourceFile source = report.files().get(finding.location().file());
            if (finding.fix() != null && source != null) {
                byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
            }
        }
        Map<String, FixedFile> fixed = new LinkedHashMap<>();
        byFile.forEach((path, findings) -> {
            SourceFile source = report.files().get(path);
            List<TextEdit> taken = new ArrayList<>();
            int count = 0;
            for (Finding finding : findings) {
                List<TextEdit> edits = finding.fix().edits();
                if (edits.stream().allMatch(edit -> fits(source.text(), edit) && !overlapsAny(edit, taken))) {
                    edits.stream().filter(edit -> !taken.contains(edit)).forEach(taken::add);
                    count++;
                }
            }
            String text = applyEdits(source.text(), taken);
            if (count > 0 && !text.equals(source.text())) {
                fixed.put(path, new FixedFile(source, text, count));
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
     * The blocks of lines that differ, as {fromA, toA, fromB, toB} (ends exclusive). Fixes
     * replace text inside lines, or a multi-line quoted scalar, so the two sides realign as soon
     * as both meet the same line with as many lines left after it.
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
            int endA = i;
            int endB = j;
            while (!realigned(a, b, endA, endB)) {
                endA = Math.min(endA + 1, a.size());
                endB = Math.min(endB + 1, b.size());
            }
            blocks.add(new int[] {i, endA, j, endB});
            i = endA;
            j = endB;
        }
        return blocks;
    }

    private static boolean realigned(List<String> a, List<String> b, int i, int j) {
        if (i >= a.size() || j >= b.size()) {
            return i >= a.size() && j >= b.size();
        }
        return a.get(i).equals(b.get(j)) && a.size() - i == b.size() - j;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
