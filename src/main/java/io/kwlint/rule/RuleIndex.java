package io.kwlint.rule;

import io.kwlint.finding.Severity;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule pages, parsed at build time into one compact resource of the engine jar, so that a
 * run reads one file instead of parsing 90 Markdown pages with YAML front matter: a start-up cost
 * that a pre-commit hook or an editor pays on every file. The pages stay the only source: the
 * build writes the index from them ({@code mvn process-classes}), and runs from a classes folder
 * (tests, an IDE) read the pages themselves. The build also fails here if a page lacks its class.
 */
public final class RuleIndex {

    static final String RESOURCE = "io/kwlint/rules/index.bin";
    private static final int FORMAT = 3;

    private RuleIndex() {
    }

    /** Writes the index of the pages under {@code CLASSES/io/kwlint/rules/docs} into CLASSES. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<RuleMetadata> rules = new ArrayList<>();
        try (Stream<Path> pages = Files.list(classes.resolve(RuleCatalog.DOCS_FOLDER))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                RuleMetadata rule = RuleDocParser.parse(page.getFileName().toString(), Files.readString(page));
                RuleCatalog.checkImplementation(rule);
                rules.add(rule);
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(classes.resolve(RESOURCE)))) {
            write(rules, out);
        }
    }

    static void write(List<RuleMetadata> rules, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        out.writeInt(rules.size());
        for (RuleMetadata rule : rules) {
            for (String text : List.of(rule.id(), rule.title(), rule.summary(), rule.severity().name(), rule.category().id(),
                    rule.since(), rule.precision(), rule.body(), rule.why(), rule.fix())) {
                string(out, text);
            }
            for (List<String> list : List.of(rule.kinds(), rule.tags(), rule.related(), rule.badExamples(), rule.goodExamples(),
                    rule.supersedes())) {
                strings(out, list);
            }
            out.writeInt(rule.messages().size());
            for (Map.Entry<String, String> message : rule.messages().entrySet()) {
                string(out, message.getKey());
                string(out, message.getValue());
            }
            out.writeBoolean(rule.builtin());
            out.writeBoolean(rule.enabledByDefault());
        }
        out.flush();
    }

    static List<RuleMetadata> read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != FORMAT) {
            throw new IOException("the rule index was written by another kwlint version");
        }
        int count = in.readInt();
        List<RuleMetadata> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = string(in);
            String title = string(in);
            String summary = string(in);
            Severity severity = Severity.valueOf(string(in));
            Category category = Category.named(string(in)).orElseThrow(() -> new IOException("unknown category"));
            String since = string(in);
            String precision = string(in);
            String body = string(in);
            String why = string(in);
            String fix = string(in);
            List<String> kinds = strings(in);
            List<String> tags = strings(in);
            List<String> related = strings(in);
            List<String> bad = strings(in);
            List<String> good = strings(in);
            List<String> supersedes = strings(in);
            Map<String, String> messages = new LinkedHashMap<>();
            int messageCount = in.readInt();
            for (int m = 0; m < messageCount; m++) {
                messages.put(string(in), string(in));
            }
            boolean builtin = in.readBoolean();
            boolean enabled = in.readBoolean();
            rules.add(new RuleMetadata(id, title, summary, severity, category, kinds, since, precision, tags,
                    Map.copyOf(messages), related, builtin, enabled, body, why, bad, good, supersedes, fix));
        }
        return rules;
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void strings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            string(out, text);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(string(in));
        }
        return List.copyOf(texts);
    }
}
