package lv.balticom.privacy.cookies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** POL-9 (minimisation) and issue 8: a cookie consent records the visitor's network, never the full IP address. */
class TruncatedAddressPropertiesTest {

    @Property
    @Label("truncating a truncated address changes nothing")
    void idempotent(@ForAll("addresses") String address) {
        String network = TruncatedAddress.of(address);

        assertThat(TruncatedAddress.of(network)).isEqualTo(network);
    }

    @Property
    @Label("IPv4 keeps the first 3 octets and zeroes the last")
    void ipv4KeepsTheFirstThreeOctets(@ForAll("ipv4") byte[] address) throws UnknownHostException {
        byte[] network = bytesOf(TruncatedAddress.of(textOf(address)));

        assertThat(network).hasSize(4).startsWith(Arrays.copyOf(address, 3)).endsWith(0);
    }

    @Property
    @Label("IPv6 keeps the first 48 bits and zeroes the other 80")
    void ipv6KeepsTheFirst48Bits(@ForAll("ipv6") byte[] address) throws UnknownHostException {
        byte[] network = bytesOf(TruncatedAddress.of(textOf(address)));

        assertThat(network).hasSize(16).startsWith(Arrays.copyOf(address, 6));
        assertThat(Arrays.copyOfRange(network, 6, 16)).containsOnly(0);
    }

    @Property
    @Label("an IPv4-mapped IPv6 address is truncated as the IPv4 address it carries")
    void mappedAddressesAreIpv4(@ForAll("ipv4") byte[] address) throws UnknownHostException {
        String ipv4 = textOf(address);

        assertThat(TruncatedAddress.of("::ffff:" + ipv4)).isEqualTo(TruncatedAddress.of(ipv4));
    }

    @Property
    @Label("an address whose last octet is not zero never comes back whole")
    void neverTheFullAddress(@ForAll("addresses") String address) throws UnknownHostException {
        byte[] bytes = bytesOf(address);
        Assume.that(bytes[bytes.length - 1] != 0);
        String network = TruncatedAddress.of(address);

        assertThat(network).isNotEqualTo(address);
        assertThat(bytesOf(network)).isNotEqualTo(bytes);
    }

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.oneOf(ipv4().map(TruncatedAddressPropertiesTest::textOf),
                ipv6().map(TruncatedAddressPropertiesTest::textOf),
                ipv6().map(TruncatedAddressPropertiesTest::compressedTextOf));
    }

    @Provide
    Arbitrary<byte[]> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4);
    }

    /** Any 16 bytes but IPv4-mapped ones, which are IPv4 addresses and have their own property. */
    @Provide
    Arbitrary<byte[]> ipv6() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16).filter(bytes -> !isIpv4Mapped(bytes));
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** Dotted decimal, or all eight IPv6 groups as Java writes them ({@code 2001:db8:0:0:0:0:0:1}). */
    private static String textOf(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same with the longest run of zero groups written as {@code ::} (RFC 5952), as browsers and proxies do. */
    private static String compressedTextOf(byte[] address) {
        String[] groups = textOf(address).split(":");
        int runStart = -1;
        int runLength = 1;
        for (int start = 0; start < groups.length; start++) {
            int length = 0;
            while (start + length < groups.length && groups[start + length].equals("0")) {
                length++;
            }
            if (length > runLength) {
                runStart = start;
                runLength = length;
            }
        }
        if (runStart < 0) {
            return String.join(":", groups);
        }
        return String.join(":", Arrays.copyOfRange(groups, 0, runStart)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, runStart + runLength, groups.length));
    }

    private static byte[] bytesOf(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal).getAddress();
    }
}
