package lv.balticom.privacy.cookies.internal;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A visitor's IP address cut down to its network before it is stored with a cookie consent: IPv4 to
 * its /24 ({@code 203.0.113.77} becomes {@code 203.0.113.0}), IPv6 to its /48 ({@code 2001:db8:abcd::}).
 * The full address is personal data the consent proof does not need; the network still shows roughly
 * where a consent came from and lets abuse be told apart (issue 8: "never the full IP").
 *
 * <p>Only IP literals are read, never host names, so no DNS lookup happens and a visitor cannot make the
 * platform resolve a name. Error messages never repeat the input, because it is personal data.
 */
public final class TruncatedAddress {

    /** A decimal number 0..255 without leading zeros, which some parsers would read as octal. */
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

    /** Four octets in dotted decimal, as servers and proxies write an IPv4 address. */
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    /**
     * Only the characters of an IPv6 literal (hexadecimal digits, colons, the dots of an embedded IPv4
     * address) and at least one colon; InetAddress checks the rest. A zone ({@code %eth0}) is cut off first.
     */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private static final int IPV4_KEPT_BYTES = 3;
    private static final int IPV6_KEPT_GROUPS = 3;

    private TruncatedAddress() {
    }

    /**
     * The network of an IP address: an IPv4 address with its last octet zeroed, or an IPv6 address with all
     * but its first 48 bits zeroed, written in the shortest form (RFC 5952). An IPv4-mapped IPv6 address
     * ({@code ::ffff:203.0.113.77}) is treated as the IPv4 address it carries; an IPv6 zone
     * ({@code fe80::1%eth0}) is ignored.
     *
     * @throws IllegalArgumentException when the text is not an IPv4 or IPv6 literal (a host name, a
     *         bracketed address, an address with a port, garbage); the message does not contain the text
     */
    public static String of(String ipAddress) {
        requireNonNull(ipAddress, "ipAddress is null");
        InetAddress address = literal(ipAddress);
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4Network(bytes) : ipv6Network(bytes);
    }

    private static InetAddress literal(String text) {
        String literal;
        if (IPV4.matcher(text).matches()) {
            literal = text;
        } else {
            int zone = text.indexOf('%');
            literal = zone < 0 ? text : text.substring(0, zone);
            if (!IPV6.matcher(literal).matches()) {
                throw notAnAddress();
            }
        }
        // Both patterns let through only text that InetAddress parses as a literal: it starts with a
        // hexadecimal digit or a colon and is dotted decimal or contains a colon, so InetAddress never
        // falls back to a DNS lookup.
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            // Not chained: the exception's message holds the address.
            throw notAnAddress();
        }
    }

    private static String ipv4Network(byte[] bytes) {
        StringBuilder network = new StringBuilder(15);
        for (int i = 0; i < IPV4_KEPT_BYTES; i++) {
            network.append(Byte.toUnsignedInt(bytes[i])).append('.');
        }
        return network.append('0').toString();
    }

    /**
     * Only the first three groups can be non-zero, and the five zero groups after them are the longest
     * run of zeros, so RFC 5952 writes the groups up to the last non-zero one and then {@code ::}.
     */
    private static String ipv6Network(byte[] bytes) {
        int[] groups = new int[IPV6_KEPT_GROUPS];
        int lastNonZero = -1;
        for (int i = 0; i < IPV6_KEPT_GROUPS; i++) {
            groups[i] = (Byte.toUnsignedInt(bytes[2 * i]) << 8) | Byte.toUnsignedInt(bytes[2 * i + 1]);
            if (groups[i] != 0) {
                lastNonZero = i;
            }
        }
        StringBuilder network = new StringBuilder(16);
        for (int i = 0; i <= lastNonZero; i++) {
            network.append(Integer.toHexString(groups[i])).append(':');
        }
        return network.append(lastNonZero < 0 ? "::" : ":").toString();
    }

    private static IllegalArgumentException notAnAddress() {
        return new IllegalArgumentException("not an IPv4 or IPv6 address literal");
    }
}
