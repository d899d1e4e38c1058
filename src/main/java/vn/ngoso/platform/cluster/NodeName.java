package vn.ngoso.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node's name, for import claims, job locks and logs: {@code ngoso.node.name},
 * or the host name and a random suffix, so that two nodes on one host (or a node restarted) never
 * take each other's claims for their own.
 */
@Component
public class NodeName {

	private final String name;

	NodeName(@Value("${ngoso.node.name:}") String configured) {
		this.name = configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured.strip();
	}

	public String get() {
		return name;
	}

	@Override
	public String toString() {
		return name;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "node";
		}
	}
}
