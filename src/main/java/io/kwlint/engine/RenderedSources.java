package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.yaml.Position;
import io.kwlint.yaml.Span;
import io.kwlint.yaml.YamlComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the documents of a rendered stream come from: {@code helm template} writes
 * {@code # Source: chart/templates/deployment.yaml} before each one. A finding in such a document of
 * standard input is shown at the template (so code scanning annotates the file a team edits), at its
 * line within the rendered document, with the stream's place as a related location. Files are left
 * as they are: a rendered file committed to a repository is itself what its team edits.
 */
public final class RenderedSources {

    /** The related location's text; the text report shows that line when it has no template text. */
    public static final String RENDERED_AT = "rendered here by helm template";
    /** The text every {@code # Source:} comment holds. */
    static final String SOURCE_LINE = "Source: ";
    private static final Pattern SOURCE = Pattern.compile("^ ?Source: (\\S.*?)\\s*$");

    /** A template's document in a stream: its path and the line of its {@code # Source:} comment. */
    private record Region(String template, int commentLine) {
    }

    private final Map<String, List<Region>> regionsByFile = new HashMap<>();

    RenderedSources(Map<String, List<YamlComment>> comments) {
        comments.forEach((file, list) -> {
            List<Region> regions = new ArrayList<>();
            for (YamlComment comment : list) {
                Matcher source = SOURCE.matcher(comment.text());
                if (comment.ownLine() && comment.start().column() == 1 && source.matches()) {
                    regions.add(new Region(source.group(1), comment.start().line()));
                }
            }
            if (!regions.isEmpty()) {
                regionsByFile.put(file, regions);
            }
        });
    }

    boolean isEmpty() {
        return regionsByFile.isEmpty();
    }

    /** The finding at its template, when it lies in a rendered document; else the finding as it is. */
    Finding map(Finding finding) {
        Location rendered = finding.location();
        Location template = map(rendered);
        if (template == rendered) {
            return finding;
        }
        List<Finding.Related> related = new ArrayList<>();
        for (Finding.Related other : finding.related()) {
            related.add(new Finding.Related(map(other.location()), other.message()));
        }
        related.add(new Finding.Related(rendered, RENDERED_AT));
        // No fix: its edits are places in the rendered stream, not in the template the finding moves to.
        return new Finding(finding.ruleId(), finding.severity(), finding.message(), template, finding.object(),
                finding.fieldPath(), related, finding.messageId(), null);
    }

    private Location map(Location location) {
        List<Region> regions = regionsByFile.get(location.file());
        if (regions == null) {
            return location;
        }
        Region region = null;
        for (Region candidate : regions) {
            if (candidate.commentLine() < location.line()) {
                region = candidate;
            }
        }
        if (region == null) {
            return location;
        }
        int offset = region.commentLine();
        Span span = location.span();
        return new Location(region.template(), new Span(shift(span.start(), offset), shift(span.end(), offset)));
    }

    private static Position shift(Position position, int lines) {
        return new Position(Math.max(1, position.line() - lines), position.column());
    }
}
