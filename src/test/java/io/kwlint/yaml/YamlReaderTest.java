package io.kwlint.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static YamlStream read(String yaml) {
        return new YamlReader(YamlLimits.DEFAULT).read(yaml);
    }

    private static Node root(String yaml) {
        YamlStream stream = read(yaml);
        assertThat(stream.problems()).isEmpty();
        return stream.documents().get(0).root();
    }

    @Test
    void nodesKnowTheirOneBasedPositionAndFieldPath() {
        Node root = root("""
                spec:
                  containers:
                    - name: web
                      image: nginx
                """);
        Node image = root.at("spec.containers").get(0).get("image");
        assertThat(image.span().start()).isEqualTo(new Position(4, 14));
        assertThat(image.key().orElseThrow().span().start()).isEqualTo(new Position(4, 7));
        assertThat(image.path()).hasToString("spec.containers[0].image");
        assertThat(image.asString()).contains("nginx");
    }

    @Test
    void findingsOnCollectionsPointAtTheirKeyAndMissingFieldsAtTheirParent() {
        Node root = root("""
                spec:
                  template:
                    spec:
                      containers: []
                """);
        Node podSpec = root.at("spec.template.spec");
        assertThat(podSpec.anchorSpan().start()).isEqualTo(new Position(3, 5));
        Node missing = podSpec.get("restartPolicy");
        assertThat(missing.isPresent()).isFalse();
        assertThat(missing.path()).hasToString("spec.template.spec.restartPolicy");
        assertThat(missing.anchorSpan().start()).isEqualTo(new Position(3, 5));
        assertThat(missing.get("deeper").path()).hasToString("spec.template.spec.restartPolicy.deeper");
    }

    @Test
    void mapEntriesOfGoMapsArePrintedInBrackets() {
        Node root = root("metadata:\n  labels:\n    app: web\nspec:\n  resources:\n    limits:\n      cpu: 1\n");
        assertThat(root.at("metadata.labels.app").path()).hasToString("metadata.labels[app]");
        assertThat(root.at("spec.resources.limits.cpu").path()).hasToString("spec.resources.limits[cpu]");
    }

    @Test
    void numbersBeyondGoYamlsRangesAreTypedAsItTypesThem() {
        Node root = root("a: 18446744073709551615\nb: 18446744073709551616\nc: 1e400\nd: " + "9".repeat(400)
                + "\ne: 0x" + "F".repeat(20) + "\nf: 1e308\ng: -9223372036854775808\nh: " + "1".repeat(2000) + "\n");
        assertThat(((ScalarNode) root.get("a")).type()).isEqualTo(ScalarType.INTEGER); // a uint64
        assertThat(((ScalarNode) root.get("b")).type()).isEqualTo(ScalarType.FLOAT); // a float64 to go-yaml
        assertThat(root.get("c").asString()).contains("1e400"); // beyond float64: a string
        assertThat(((ScalarNode) root.get("d")).type()).isEqualTo(ScalarType.STRING);
        assertThat(((ScalarNode) root.get("e")).type()).isEqualTo(ScalarType.STRING);
        assertThat(((ScalarNode) root.get("f")).type()).isEqualTo(ScalarType.FLOAT);
        assertThat(root.get("g").asLong()).hasValue(Long.MIN_VALUE);
        assertThat(((ScalarNode) root.get("h")).type()).isEqualTo(ScalarType.STRING);
    }

    @Test
    void scalarsAreTypedAsKubectlsGoYamlTypesThem() {
        Node root = root("""
                a: yes
                b: on
                c: "yes"
                d: 0777
                e: 0x1F
                f: 1_000
                g: 1e3
                h: ~
                i: 2021-01-01
                j: 08
                k: !!str 12
                l: -3
                m: .inf
                p: 1.50
                q: y
                n: key
                """);
        assertThat(root.get("a").asBoolean()).contains(true);
        assertThat(root.get("b").asBoolean()).contains(true);
        assertThat(root.get("c").asString()).contains("yes");
        assertThat(root.get("d").asLong()).hasValue(511);
        assertThat(root.get("e").asLong()).hasValue(31);
        assertThat(root.get("f").asLong()).hasValue(1000);
        assertThat(((ScalarNode) root.get("g")).type()).isEqualTo(ScalarType.FLOAT);
        assertThat(root.get("h").isPresent()).isFalse();
        assertThat(root.get("i").asString()).contains("2021-01-01");
        assertThat(((ScalarNode) root.get("j")).type()).isEqualTo(ScalarType.FLOAT);
        assertThat(root.get("k").asString()).contains("12");
        assertThat(root.get("l").asBigInteger()).contains(BigInteger.valueOf(-3));
        assertThat(((ScalarNode) root.get("m")).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(((ScalarNode) root.get("p")).asDecimal().orElseThrow()).isEqualByComparingTo("1.5");
        assertThat(root.get("q").asBoolean()).contains(true);
        // As a key, YAML 1.1's "n" is the boolean false: kubectl sees the field "false".
        assertThat(root.get("false").asString()).contains("key");
    }

    @Test
    void keysBecomeJsonObjectKeys() {
        Node root = root("1: a\ntrue: b\nnull: c\n");
        MapNode map = (MapNode) root;
        assertThat(map.fieldNames()).containsExactly("1", "true", "null");
    }

    @Test
    void mergeKeysFillInWhatTheMappingDoesNotSet() {
        Node root = root("""
                base: &base {a: 1, b: 2}
                more: &more {c: 3}
                x:
                  <<: [*base, *more]
                  b: 20
                """);
        Node x = root.get("x");
        assertThat(x.get("a").asLong()).hasValue(1);
        assertThat(x.get("b").asLong()).hasValue(20);
        assertThat(x.get("c").asLong()).hasValue(3);
        assertThat(x.get("a").path()).hasToString("x.a");
    }

    @Test
    void aMergeOfAnAliasedListIsRejectedAsKubectlDoes() {
        YamlStream stream = read("l: &l [1]\nm:\n  <<: *l\n");
        assertThat(stream.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.UNSUPPORTED);
            assertThat(p.span().start()).isEqualTo(new Position(3, 3));
        });
    }

    @Test
    void aliasesAreIndependentCopiesWithTheirOwnPaths() {
        Node root = root("a: &x {k: v}\nb: *x\n");
        assertThat(root.at("b.k").path()).hasToString("b.k");
        assertThat(root.at("a.k").path()).hasToString("a.k");
        assertThat(root.at("b.k")).isNotSameAs(root.at("a.k"));
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondWithTheFirstsLine() {
        YamlStream stream = read("a: 1\nb: 2\na: 3\n");
        assertThat(stream.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.DUPLICATE_KEY);
            assertThat(p.message()).contains("`a`").contains("first at line 1");
            assertThat(p.span().start()).isEqualTo(new Position(3, 1));
        });
        assertThat(stream.documents().get(0).root().get("a").asLong()).hasValue(3);
    }

    @Test
    void undefinedAndRecursiveAliasesAreSyntaxErrorsNotCrashes() {
        assertThat(read("a: *nope\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("*nope").contains("no anchor");
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
            assertThat(p.span().start()).isEqualTo(new Position(1, 4));
        });
        assertThat(read("a: &x [*x]\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("recursive");
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
        });
    }

    @Test
    void anEscapeCutOffByTheEndOfTheTextIsALocatedSyntaxError() {
        for (String text : new String[] {"a: \"\\x", "kind: Pod\nb: \"\\u1", "a: \"\\U0000"}) {
            assertThat(read(text).problems()).as(text).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
                assertThat(p.message()).contains("end of stream").doesNotContain("Exception");
                assertThat(p.span().start().column()).isGreaterThan(1);
            });
        }
    }

    @Test
    void documentsBeforeASyntaxErrorAreKeptWithTheirIndexes() {
        YamlStream stream = read("---\n---\na: 1\n---\nb: [\n");
        assertThat(stream.documents()).extracting(YamlDocument::index).containsExactly(1);
        assertThat(stream.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX));
    }

    @Test
    void hostileInputStopsQuicklyAtALimit() {
        StringBuilder laughs = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [");
            laughs.append(String.join(",", java.util.Collections.nCopies(10, "*" + previous))).append("]\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(read(laughs.toString()).problems()).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.LIMIT));
            assertThat(read("a: " + "[".repeat(200_000)).problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("nesting deeper than 500"));
            assertThat(read("- {}\n---\n".repeat(20_000)).problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("more than 10000 documents"));
        });
    }

    @Test
    void complexKeysAreUnsupported() {
        YamlStream stream = read("? {a: 1}\n: v\nok: 1\n");
        assertThat(stream.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("mapping key must be a string"));
        assertThat(stream.documents().get(0).root().get("ok").asLong()).hasValue(1);
    }

    @Test
    void defaultedNodesPointAtTheKeyTheyReplace() {
        MapNode root = (MapNode) root("spec:\n  strategy:\n");
        MapNode spec = (MapNode) root.get("spec");
        Node strategy = spec.putDefault("strategy", MapNode.defaulted());
        assertThat(strategy.isDefaulted()).isTrue();
        assertThat(strategy.anchorSpan().start()).isEqualTo(new Position(2, 3));
        assertThat(spec.putDefault("replicas", ScalarNode.defaulted(1)).anchorSpan().start()).isEqualTo(new Position(1, 1));
        assertThat(List.of(spec.get("replicas").asLong().getAsLong())).containsExactly(1L);
    }
}
