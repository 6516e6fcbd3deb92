package io.kwlint.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast block-subset parser reads what SnakeYAML reads, place for place, or gives up: on the
 * constructs it is meant to read, on what it must leave to SnakeYAML, and on every YAML file of
 * the repository and the shared corpus.
 */
class BlockYamlParserTest {

    private static void readsAsSnakeYaml(String yaml) {
        Optional<String> fast = ReaderComparison.blockSubset(yaml);
        assertThat(fast).as("the block-subset parser reads it").isPresent();
        assertThat(fast.get()).isEqualTo(ReaderComparison.snakeYaml(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // mappings, nesting, empty values after the colon, comments, trailing spaces
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # the name\n  labels:\n    app: web\n  annotations:\n",
        // indented and indentless sequences, compact mappings, empty entries after the dash
        "spec:\n  containers:\n  - name: a\n    args:\n      - x\n      -\n      - y\n  - name: b\n    ports:\n    - 80\n",
        "-\n  name: a\n-   name: b\n    image: c\n",
        // documents: implicit, explicit, empty, comments before and between
        "# head\n\na: 1\n---\n---\n# only a comment\n---   # marker comment\nb: 2\n---\n",
        "---\n",
        "a: 1\n...\n---\nb: 2\n...\n",
        "",
        "\n\n# nothing\n",
        // quoted scalars and keys, doubled single quotes, numbers and booleans that stay strings
        "a: 'it''s'\n\"b\": \"x y\"\n'c d': ''\nport: \"8080\"\nenabled: yes\nn: ~\nf: 1.5e3\nh: 0x1F\n",
        // flow collections on one line, nested, empty
        "labels: {app: web, tier: \"front\"}\nargs: [a, 'b', [c, d], {e: f}]\nnone: []\nempty: {}\nports: [{containerPort: 8080}]\n",
        // literal block scalars: clip, strip, keep, blank lines inside and after, deeper lines
        "script: |\n  echo a\n\n    indented\n  echo b\nnext: 1\n",
        "a: |-\n  x\n\n\nb: |+\n  y\n\n\nc: |\nd: |\n\n  z\n",
        "- |\n  in a sequence\n- name: x\n  value: |-\n    deeper\n  other: 2\n",
        "data:\n  k: |   # header comment\n    line\n",
        "a: |\n\n \n  two\n",
        // plain scalars with inner colons, hashes and indicators that are not indicators there
        "url: http://x:80/a#b\nneg: -1\nq: ?x\nc: :x\nlist: a, b\nk: v # c\n",
        // plain scalars over lines, as go-yaml writes long strings; blank lines; a comment ends one
        "description: a long\n  description over\n\n\n     lines   \nnext: x\n",
        "- a\n  b\n  # c\n- d\n",
        "k:\n  - x\n    y\n  - z\n",
        // double-quoted scalars over lines, escapes, escaped line breaks
        "a: \"one\\n two \\\"q\\\" \\t\\\\ \\x41\\u00e9\\U0001F600\\/\"\nb: \"x\n  y\n\n  z\"\nc: \"p\\\n    q\"\n",
        // single-quoted over lines; characters beyond ASCII
        "a: 'it''s\n  long (default: false)'\nb: caf\u00e9 \u2014 \u00a7 \u4e2d\n# \u00a7 comment\n",
        // merge keys and duplicates are the reader's business, not the parser's
        "a: 1\na: 2\n",
        // a scalar on its own line, a root scalar, a root sequence
        "key:\n  value\nnext: x\n",
        "just text\n",
        "- a\n- b\n",
        // block mapping that starts deeper than column 1
        "  a: 1\n  b:\n    - c\n",
    })
    void readsTheBlockSubsetAsSnakeYamlDoes(String yaml) {
        readsAsSnakeYaml(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",                 // anchors and aliases
        "a: !!str 1\n",                     // tags
        "%YAML 1.2\n---\na: 1\n",           // directives
        "a: >\n  folded\n",                 // folded scalars
        "a: |2\n   x\n",                    // indentation indicators
        "- a\n  b: c\n",                     // a mapping value inside a plain scalar
        "a: \"x\ny\"\n",                   // a quoted scalar going on at its key's indent
        "a: \"\\q\"\n",                    // an escape YAML does not have
        "a: \"\\ud800\"\n",                 // a lone surrogate
        "a:\tb\n",                          // tabs
        "a: b\r\n",                         // carriage returns
        "a: \ud83d\ude00\n",                // beyond the Basic Multilingual Plane
        "a: b\u2028c\n",                    // a line separator
        "\ufeffa: b\n",                      // a byte order mark
        "? a\n: b\n",                       // explicit keys
        "a: [b,\n  c]\n",                   // flow collections over lines
        "a: 1\n...\nb: 2\n",                // a bare document after an explicit end
        "a: b: c\n",                        // syntax errors are SnakeYAML's to report
        "a: 1\n b: 2\n",
        "- a\nb: c\n",
        "a: [b, ]\n",
        "|\n  root block scalar\n",
        "a: [http://x]\n",
        "--- a: 1\n",
        "last: |\n  no final line break",  // SnakeYAML adds the break itself
        "a: |\n    \n  two\n",              // a blank line deeper than the content
    })
    void givesUpOnWhatItLeavesToSnakeYaml(String yaml) {
        assertThat(ReaderComparison.blockSubset(yaml)).isEmpty();
    }

    @Test
    void readsEveryRepositoryAndCorpusFileAsSnakeYamlDoesOrGivesUp() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(TestPaths.testdata(), TestPaths.root().resolve("examples")));
        if (TestPaths.corpusAvailable()) {
            roots.add(TestPaths.corpus());
        }
        int files = 0;
        int read = 0;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path file : yamlFiles(root)) {
                Optional<String> text = utf8(file);
                if (text.isEmpty()) {
                    continue;
                }
                files++;
                Optional<String> fast = ReaderComparison.blockSubset(text.get());
                if (fast.isPresent()) {
                    read++;
                    assertThat(fast.get()).as(file.toString()).isEqualTo(ReaderComparison.snakeYaml(text.get()));
                }
            }
        }
        // Most files are in the subset: a parser that gave up on everything would pass the rest.
        assertThat(read).as("files read by the block-subset parser, of " + files).isGreaterThan(files * 3 / 4);
    }

    @Test
    void readsMostOfTheRealWorldCorpus() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestPaths.corpusAvailable());
        List<Path> files = yamlFiles(TestPaths.corpus().resolve("real-world"));
        long read = files.stream().map(BlockYamlParserTest::utf8).flatMap(Optional::stream)
                .filter(text -> ReaderComparison.blockSubset(text).isPresent()).count();
        assertThat(read).as("of " + files.size()).isGreaterThan(files.size() * 9L / 10);
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static Optional<String> utf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
