package io.kwlint.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.9.8.7", "0.0.0.0", "255.255.255.255", "010.001.1.1", "::", "::1", "2001:db8::ffff",
            "2001:db8:0:0:0:0:0:1", "fe80::1:2:3:4:5:6", "::ffff:10.0.0.1", "1:2:3:4:5:6:1.2.3.4", "1::"})
    void acceptsWhatParseIPSloppyAccepts(String ip) {
        assertThat(IpAddresses.isValid(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.9.8", "10.9.8.7.6", "256.1.1.1", "1.2.3.-4", "0x1.2.3.4", "dns.local", "::1::",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "fe80::1%eth0", "10.0.0.1/24", "1:2:3:4:5:6:7:1.2.3.4",
            "::1.2.3", " 10.0.0.1"})
    void rejectsTheRest(String ip) {
        assertThat(IpAddresses.isValid(ip)).isFalse();
    }
}
