package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key of a client for per-address limits. Always {@link HttpServletRequest#getRemoteAddr()}:
 * behind a reverse proxy that is the proxy, unless {@code server.forward-headers-strategy} is
 * set (README, "Behind an HTTPS proxy"); an {@code X-Forwarded-For} header is never read here,
 * since any client can send one. An IPv6 client gets a whole /64 from its provider, so its key is
 * that /64: otherwise each attempt could come from a fresh address.
 */
public final class ClientAddress {

	private static final int MAX_LENGTH = 64;

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return key(request.getRemoteAddr());
	}

	public static String key(String address) {
		if (address == null || address.isEmpty()) {
			return "unknown";
		}
		if (address.indexOf(':') >= 0 && address.length() <= MAX_LENGTH && address.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*")) {
			try {
				// hex digits, dots and a colon: parsed as a literal, never looked up in DNS
				InetAddress parsed = InetAddress.getByName(address);
				if (parsed instanceof Inet6Address) {
					byte[] bytes = parsed.getAddress();
					StringBuilder prefix = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
					}
					return prefix.append(":/64").toString();
				}
				return parsed.getHostAddress();
			}
			catch (UnknownHostException e) {
				// not an address: keyed as it is
			}
		}
		return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
	}
}
