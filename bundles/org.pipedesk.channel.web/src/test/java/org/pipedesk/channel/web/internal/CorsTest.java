package org.pipedesk.channel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pipedesk.channel.web.Cors;
import org.pipedesk.core.api.Violation;

class CorsTest {
	@Test
	void originsAreNormalizedAndAnythingElseIsNamed() {
		List<Violation> problems = new ArrayList<>();
		List<String> origins = Cors.normalize(List.of("https://Shop.Example.com/", "http://localhost:8080", "*",
				"https://shop.example.com", "https://x.test/path", "ftp://x.test", "x.test"), "allowedOrigins", problems);
		assertEquals(List.of("https://shop.example.com", "http://localhost:8080", "*"), origins);
		assertEquals(3, problems.size(), problems.toString());
		assertEquals("cors.origin-valid", problems.get(0).rule());
	}
}
