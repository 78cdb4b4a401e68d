package org.pipedesk.channel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pipedesk.channel.web.internal.ForwardedClientAddresses.Range;

class ForwardedClientAddressesTest {
	private static final List<Range> PROXIES = List.of(Range.parse("10.0.0.0/8"), Range.parse("::1"));

	@Test
	void withoutTrustedProxiesTheHeaderIsIgnored() {
		assertEquals("203.0.113.9", ForwardedClientAddresses.client("203.0.113.9", List.of("1.2.3.4"), List.of()));
		assertEquals("10.0.0.5", ForwardedClientAddresses.client("10.0.0.5", List.of("1.2.3.4"), List.of()));
	}

	@Test
	void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
		assertEquals("203.0.113.9", ForwardedClientAddresses.client("203.0.113.9", List.of("1.2.3.4"), PROXIES));
	}

	@Test
	void behindTrustedProxiesTheNearestUntrustedAddressIsTheClient() {
		// the client wrote "6.6.6.6" itself; the proxies appended 198.51.100.7 (what they saw) and 10.1.1.1
		assertEquals("198.51.100.7", ForwardedClientAddresses.client("10.2.2.2",
				List.of("6.6.6.6, 198.51.100.7", "10.1.1.1"), PROXIES));
		assertEquals("198.51.100.7",
				ForwardedClientAddresses.client("0:0:0:0:0:0:0:1", List.of("198.51.100.7"), PROXIES));
	}

	@Test
	void garbageOrOnlyProxiesFallBackToTheLastTrustedHop() {
		assertEquals("10.1.1.1", ForwardedClientAddresses.client("10.2.2.2", List.of("evil, 10.1.1.1"), PROXIES));
		assertEquals("10.1.1.1", ForwardedClientAddresses.client("10.2.2.2", List.of("10.1.1.1"), PROXIES));
		assertEquals("10.2.2.2", ForwardedClientAddresses.client("10.2.2.2", List.of(), PROXIES));
	}

	@Test
	void portsAndBracketsAreStrippedAndNamesAreNeverLookedUp() {
		assertEquals("198.51.100.7", ForwardedClientAddresses.canonical("198.51.100.7:443"));
		assertEquals("0:0:0:0:0:0:0:1", ForwardedClientAddresses.canonical("[::1]:8080"));
		assertNull(ForwardedClientAddresses.canonical("localhost"));
		assertNull(ForwardedClientAddresses.canonical("cafe"));
		assertThrows(IllegalArgumentException.class, () -> Range.parse("proxy.example.com"));
		assertThrows(IllegalArgumentException.class, () -> Range.parse("10.0.0.0/33"));
	}
}
