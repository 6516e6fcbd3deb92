package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static Quantity q(String text) {
        return Quantity.parse(text).orElseThrow(() -> new AssertionError("does not parse: " + text));
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "250m, 250m",
        "1.5Gi, 1536Mi",
        "1Gi, 1Gi",
        "1024Mi, 1Gi",
        "0.5, 500m",
        "1.5, 1500m",
        "2000m, 2",
        "1000, 1k",
        "1500, 1500",
        "1e3, 1e3",
        "1E3, 1e3",
        "100M, 100M",
        "0.1m, 100u",
        "0.0000000001, 1n",
        "1n, 1n",
        "0, 0",
        "+5, 5",
        "-1, -1",
        "1.0Ki, 1Ki",
        "512, 512",
        "1.5Ki, 1536",
        "1., 1",
        ".5, 500m",
        "1E, 1E"
    })
    void printsInTheApiServersCanonicalForm(String written, String canonical) {
        assertThat(q(written)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1K", "abc", "1.2.3", "1e", "--1", "1 Gi", "Gi", "1m3", "1Kib", ".", "1e1.5"})
    void refusesWhatTheApiServerRefuses(String text) {
        assertThat(Quantity.parse(text)).isEmpty();
    }

    @Test
    void comparesExactlyAcrossUnits() {
        assertThat(q("1Gi")).isEqualTo(q("1024Mi"));
        assertThat(q("1500m").compareTo(q("2"))).isNegative();
        assertThat(q("1.5Gi").compareTo(q("1610612736"))).isZero();
        assertThat(q("1G").compareTo(q("1Gi"))).isNegative();
    }

    @Test
    void sumsAndProductsAreExactAndKeepTheFirstFormat() {
        assertThat(q("100m").plus(q("250m")).times(3)).hasToString("1050m");
        assertThat(q("64Mi").plus(q("256Mi")).times(3)).hasToString("960Mi");
        assertThat(q("128Mi").plus(q("100M"))).hasToString("234217728");
        assertThat(Quantity.ZERO.plus(q("1Gi"))).hasToString("1Gi");
        assertThat(q("0.1").times(3)).hasToString("300m");
    }

    @Test
    void hostileExponentsStayCheap() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(Quantity.read("1e999999999").problem()).isEqualTo(Quantity.Problem.TOO_LARGE);
            assertThat(Quantity.read("1E+2147483647").problem()).isEqualTo(Quantity.Problem.TOO_LARGE);
            assertThat(Quantity.read("9".repeat(3000)).problem()).isEqualTo(Quantity.Problem.TOO_LARGE);
            assertThat(q("1e-999999999")).hasToString("1e-9");
            assertThat(q("0.0000000000001")).hasToString("1n");
            // Between 10^1000 and what the API server can process, values count as 10^1000.
            assertThat(q("1e5000").compareTo(q("1e1000"))).isZero();
            assertThat(q("1e5000").plus(q("1n")).compareTo(q("1e1000"))).isPositive();
        });
    }

    @Test
    void decimalValuesAreExactBeyond64BitsAndBinaryOnesAreCapped() {
        // apimachinery caps BinarySI only.
        assertThat(q("100E").compareTo(q("99E"))).isPositive();
        assertThat(q("100E")).hasToString("100E");
        assertThat(q("1e30").value()).isEqualByComparingTo("1e30");
        assertThat(q("100Ei").value()).isEqualByComparingTo(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void anExponentIsReadAsGoReadsIt() {
        // strconv.ParseInt, then int32(): 4294967297 wraps around to 1.
        assertThat(q("1e4294967297")).isEqualTo(q("10"));
        assertThat(Quantity.parse("1e99999999999999999999")).isEmpty();
    }

    @Test
    void besideAnotherAmountTheFinerDecimalSuffixIsUsedForBoth() {
        assertThat(q("75").toStringBeside(q("93750m"))).isEqualTo("75000m");
        assertThat(q("93750m").toStringBeside(q("75"))).isEqualTo("93750m");
        assertThat(q("2k").toStringBeside(q("500"))).isEqualTo("2000");
        assertThat(q("1.5").toStringBeside(q("250m"))).isEqualTo("1500m");
        assertThat(q("1Gi").toStringBeside(q("256Mi"))).isEqualTo("1Gi");
        assertThat(q("1Gi").toStringBeside(q("300m"))).isEqualTo("1Gi");
        assertThat(q("0").toStringBeside(q("300m"))).isEqualTo("0");
    }
}
