package org.pipedesk.channel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pipedesk.channel.web.PublicLimitException;
import org.pipedesk.channel.web.RateLimit;

class BucketRateLimiterTest {
	@Test
	void eachSourceHasItsOwnAllowanceAndTheRefusalSaysWhenToRetry() {
		BucketRateLimiter limiter = new BucketRateLimiter();
		RateLimit limit = new RateLimit(2, 60);
		limiter.acquire("form:a", limit, "1.1.1.1");
		limiter.acquire("form:a", limit, "1.1.1.1");
		PublicLimitException refused = assertThrows(PublicLimitException.class,
				() -> limiter.acquire("form:a", limit, "1.1.1.1"));
		assertEquals(429, refused.status());
		assertTrue(refused.retryAfterSeconds() >= 29 && refused.retryAfterSeconds() <= 30, "" + refused.retryAfterSeconds());
		limiter.acquire("form:a", limit, "2.2.2.2"); // another source
		limiter.acquire("form:b", limit, "1.1.1.1"); // another scope
		limiter.acquire("form:a", new RateLimit(3, 60), "1.1.1.1"); // a changed limit starts afresh
	}

	@Test
	void fullBucketsAreForgottenAndAFloodOfSourcesIsCapped() throws Exception {
		BucketRateLimiter limiter = new BucketRateLimiter(3);
		RateLimit slow = new RateLimit(1, 3600);
		limiter.acquire("s", slow, "a");
		limiter.acquire("s", slow, "b");
		limiter.acquire("s", slow, "c");
		assertThrows(PublicLimitException.class, () -> limiter.acquire("s", slow, "d"));
		RateLimit fast = new RateLimit(1000, 1);
		BucketRateLimiter refilling = new BucketRateLimiter(3);
		refilling.acquire("s", fast, "a");
		refilling.acquire("s", fast, "b");
		refilling.acquire("s", fast, "c");
		Thread.sleep(20); // a few ms refill the one token each took
		refilling.acquire("s", fast, "d");
		assertTrue(refilling.tracked() <= 3, "" + refilling.tracked());
	}
}
