package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("image", "imagePullPolicy", "labels", "os", "ports");

    @Test
    void suggestsTheNearestNameForATypo() {
        assertThat(Suggestions.closest(FIELDS, "imagePullPolice")).contains("imagePullPolicy");
        assertThat(Suggestions.closest(FIELDS, "lables")).contains("labels");
        assertThat(Suggestions.closest(FIELDS, "Ports")).contains("ports");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggestions.closest(FIELDS, "x")).isEmpty();
        assertThat(Suggestions.closest(FIELDS, "sidecar")).isEmpty();
    }
}
