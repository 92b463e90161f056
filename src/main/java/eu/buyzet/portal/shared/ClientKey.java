package eu.buyzet.portal.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a per-client limit counts a request's address under: an IPv4 address as it is, an IPv6
 * address by its /64 network. Why: an IPv6 client is routinely given a whole /64 and can send each
 * request from another address of it (privacy extensions do so by themselves), so a limit per address
 * would limit nothing; the /64 is the unit providers hand out and the one rate limits elsewhere use.
 */
public final class ClientKey {

    private ClientKey() {
    }

    /** The key of {@code remoteAddress}, an IP literal as the servlet container reports it; anything else as given. */
    public static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal: only its form is checked, nothing is looked up
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet4Address v4) {
                // an IPv4-mapped IPv6 address is the IPv4 client it maps
                return v4.getHostAddress();
            }
            if (address instanceof Inet6Address v6) {
                byte[] network = java.util.Arrays.copyOf(v6.getAddress(), 8);
                return HexFormat.of().formatHex(network) + "::/64";
            }
        } catch (UnknownHostException | SecurityException e) {
            return remoteAddress;
        }
        return remoteAddress;
    }
}
