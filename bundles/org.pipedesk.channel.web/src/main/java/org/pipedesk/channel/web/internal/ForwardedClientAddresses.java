package org.pipedesk.channel.web.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.pipedesk.channel.web.ClientAddresses;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then {@code X-Forwarded-For} is read from
 * the right (the entries the trusted proxies appended) and the first address that is not a trusted proxy is the
 * client. Entries further left were written by the client itself and are never believed. With no trusted proxies
 * (the default) the header is ignored: anyone can write it, and believing it would let every request pick its own
 * rate-limit key. The RFC 7239 {@code Forwarded} header is not read.
 */
@Component(service = ClientAddresses.class, configurationPid = ClientAddresses.PID,
		configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ForwardedClientAddresses implements ClientAddresses {
	@ObjectClassDefinition(name = "Pipedesk public web channels")
	public @interface Config {
		@AttributeDefinition(description = "Addresses (1.2.3.4, ::1) or ranges (10.0.0.0/8) of reverse proxies whose "
				+ "X-Forwarded-For is believed; none by default")
		String[] trustedProxies() default {};
	}

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private volatile List<Range> trusted = List.of();

	@Activate
	public ForwardedClientAddresses(Config config) {
		modified(config);
	}

	@Modified
	void modified(Config config) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : config.trustedProxies()) {
			for (String part : entry.split(",")) {
				if (!part.isBlank()) {
					ranges.add(Range.parse(part.strip()));
				}
			}
		}
		trusted = List.copyOf(ranges);
	}

	@Override
	public String of(HttpServletRequest request) {
		List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
				: Collections.list(request.getHeaders("X-Forwarded-For"));
		return client(request.getRemoteAddr(), forwarded, trusted);
	}

	static String client(String peer, List<String> forwardedHeaders, List<Range> trusted) {
		String hop = canonical(peer);
		if (hop == null || !isTrusted(hop, trusted)) {
			return hop == null ? peer : hop;
		}
		List<String> entries = new ArrayList<>();
		forwardedHeaders.forEach(h -> entries.addAll(List.of(h.split(","))));
		for (int i = entries.size() - 1; i >= 0; i--) {
			String address = canonical(entries.get(i).strip());
			if (address == null) {
				return hop; // not an address: written by someone we do not trust; the last trusted hop saw this sender
			}
			hop = address;
			if (!isTrusted(address, trusted)) {
				return address;
			}
		}
		return hop;
	}

	private static boolean isTrusted(String address, List<Range> trusted) {
		byte[] bytes = bytes(address);
		return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
	}

	/** The address as InetAddress writes it, or null when it is not an IP literal (never a DNS lookup). */
	static String canonical(String value) {
		byte[] bytes = bytes(value);
		try {
			return bytes == null ? null : InetAddress.getByAddress(bytes).getHostAddress();
		} catch (UnknownHostException e) {
			return null;
		}
	}

	static byte[] bytes(String value) {
		if (value == null) {
			return null;
		}
		String literal = value.strip();
		if (literal.startsWith("[") && literal.contains("]")) { // [::1]:8080
			literal = literal.substring(1, literal.indexOf(']'));
		} else if (literal.indexOf(':') > 0 && literal.indexOf(':') == literal.lastIndexOf(':')
				&& IPV4.matcher(literal.substring(0, literal.indexOf(':'))).matches()) { // 1.2.3.4:8080
			literal = literal.substring(0, literal.indexOf(':'));
		}
		if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
			return null; // a name: InetAddress would look it up
		}
		try {
			return InetAddress.getByName(literal).getAddress();
		} catch (UnknownHostException | SecurityException e) {
			return null;
		}
	}

	/** An address or a CIDR range. */
	record Range(byte[] network, int prefix) {
		static Range parse(String text) {
			int slash = text.indexOf('/');
			byte[] address = bytes(slash < 0 ? text : text.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("trustedProxies: not an IP address or range: " + text);
			}
			int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
			if (prefix < 0 || prefix > address.length * 8) {
				throw new IllegalArgumentException("trustedProxies: bad prefix length: " + text);
			}
			return new Range(address, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < prefix; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}
}
