package eu.buyzet.portal.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The key a per-client limit counts a request's address under: an IPv4 address as it is, an IPv6
 * address by its /64 network. Why: an IPv6 client is routinely given a whole /64 and can send each
 * request from another address of it (privacy extensions do so by themselves), so a limit per address
 * would limit nothing; the /64 is the smallest unit providers hand out and the one rate limits elsewhere
 * use. Two consequences, as with IPv4 behind one NAT: the people of one /64 share its limits (twenty failed
 * sign-ins lock it for all of them), and a customer given a /56 or /48 still has many keys.
 */
public final class ClientKey {

    private ClientKey() {
    }

    /** The key of {@code remoteAddress}, an IP literal as the servlet container reports it; anything else as given. */
    public static String of(@Nullable String remoteAddress) {
        if (remoteAddress == null) {
            return "";
        }
        if (remoteAddress.indexOf(':') < 0 || !literalStart(remoteAddress.charAt(0))) {
            // the JDK resolves a name that does not start as a literal does, and a forwarded header can carry any
            // text: nothing here may ever cause a DNS lookup
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

    /** How an IPv6 literal can start; the JDK treats anything else as a host name to look up. */
    private static boolean literalStart(char c) {
        return c == ':' || c == '[' || Character.digit(c, 16) >= 0;
    }
}
