package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.yaml.Node;
import io.kwlint.yaml.YamlLimits;
import io.kwlint.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntOrPercentTest {

    private static IntOrPercent value(String yaml) {
        Node root = new YamlReader(YamlLimits.DEFAULT).read("v: " + yaml + "\n").documents().get(0).root();
        return IntOrPercent.of(root.get("v")).orElseThrow();
    }

    @ParameterizedTest(name = "{0} of {1}: up {2}, down {3}")
    @CsvSource({
        "25%, 10, 3, 2",
        "25%, 3, 1, 0",
        "25%, 1, 1, 0",
        "39%, 10, 4, 3",
        "1%, 3, 1, 0",
        "0%, 10, 0, 0",
        "100%, 7, 7, 7",
        "200%, 3, 6, 6",
        "3, 10, 3, 3",
        "10%, 0, 0, 0"
    })
    void scalesWithExactIntegerRounding(String written, int total, int up, int down) {
        IntOrPercent v = value(written);
        assertThat(v.scaled(total, true)).contains(up);
        assertThat(v.scaled(total, false)).contains(down);
    }

    @Test
    void zeroIsDecidedOnTheWrittenNumber() {
        assertThat(value("0").isLiteralZero()).isTrue();
        assertThat(value("\"0%\"").isLiteralZero()).isTrue();
        assertThat(value("\"1%\"").isLiteralZero()).isFalse();
        // A string that is no percent counts as its integer value, or 0, as apimachinery's IntValue does.
        assertThat(value("\"abc\"").isLiteralZero()).isTrue();
        assertThat(value("\"5\"").literalValue()).isEqualTo(5);
    }

    @Test
    void invalidPercentStringsGetTheApiServersMessage() {
        assertThat(value("\"5\"").problems()).singleElement().asString()
                .isEqualTo("a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')");
        assertThat(value("1.5%").problems()).hasSize(1);
        assertThat(value("\"-1%\"").problems()).hasSize(1);
        assertThat(value("20Percent").problems()).hasSize(1);
        assertThat(value("-1").problems()).containsExactly("must be greater than or equal to 0");
        assertThat(value("25%").problems()).isEmpty();
        assertThat(value("150%").isMoreThan100Percent()).isTrue();
    }

    @Test
    void floatsAndMapsAreNotIntOrString() {
        Node root = new YamlReader(YamlLimits.DEFAULT).read("a: 1.5\nb: {}\n").documents().get(0).root();
        assertThat(IntOrPercent.of(root.get("a"))).isEmpty();
        assertThat(IntOrPercent.of(root.get("b"))).isEmpty();
    }
}
