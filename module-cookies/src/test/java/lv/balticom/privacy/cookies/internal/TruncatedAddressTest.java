package lv.balticom.privacy.cookies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POL-9 (minimisation) and issue 8: a cookie consent records the visitor's network, never the full IP address. */
class TruncatedAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.77                             | 203.0.113.0
            203.0.113.0                              | 203.0.113.0
            255.255.255.255                          | 255.255.255.0
            0.0.0.0                                  | 0.0.0.0
            10.1.2.3                                 | 10.1.2.0
            ::ffff:203.0.113.77                      | 203.0.113.0
            ::FFFF:CB00:714D                         | 203.0.113.0
            2001:db8:abcd:12:34:56:78:9a             | 2001:db8:abcd::
            2001:0DB8:ABCD:0012:0000:0000:0000:0001  | 2001:db8:abcd::
            2001:db8:abcd::                          | 2001:db8:abcd::
            2001:db8::1                              | 2001:db8::
            2001::1                                  | 2001::
            0:1:0::1                                 | 0:1::
            0:0:1::1                                 | 0:0:1::
            ::1                                      | ::
            ::                                       | ::
            ::203.0.113.77                           | ::
            64:ff9b::203.0.113.77                    | 64:ff9b::
            fe80::1%eth0                             | fe80::
            fe80::1%2                                | fe80::
            """)
    void truncates(String address, String network) {
        assertThat(TruncatedAddress.of(address)).isEqualTo(network);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "", " ", "balticom.lv", "cafe", "abc.de", "203.0.113", "203.0.113.77.1", "203.0.113.256",
            "203.0.113.077", "0203.0.113.7", "127.1", "0x7f.0.0.1", "2130706433", " 203.0.113.77", "203.0.113.77 ",
            "203.0.113.77:8080", "[2001:db8::1]", "[2001:db8::1]:443", "2001:db8:::1", "2001:db8::g", "12345::",
            "1:2:3:4:5:6:7:8:9", "2001:db8::1::2", ":", "1:", "%eth0", "::ffff:203.0.113.256", "203.0.113.77%eth0"})
    void rejectsAnythingButAnAddressLiteralWithoutRepeatingIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TruncatedAddress.of(text))
                .withMessage("not an IPv4 or IPv6 address literal")
                .withNoCause();
    }

    @Test
    void neverLooksUpHostNames() {
        // localhost resolves without a network; had it been looked up, the answer would be 127.0.0.0.
        assertThatIllegalArgumentException().isThrownBy(() -> TruncatedAddress.of("localhost"));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> TruncatedAddress.of(null)).withMessage("ipAddress is null");
    }
}
