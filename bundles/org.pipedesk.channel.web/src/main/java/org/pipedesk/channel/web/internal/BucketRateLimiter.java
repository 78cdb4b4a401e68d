package org.pipedesk.channel.web.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.pipedesk.channel.web.PublicLimitException;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.channel.web.RateLimiter;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j, lock-free) per scope, limit and source, in memory. Memory stays bounded: a bucket that
 * has refilled completely behaves exactly like a new one, so sweeping full buckets loses nothing; when more than
 * {@link #MAX_SOURCES} sources are still tracked after a sweep (a flood from many addresses), new sources are
 * refused until buckets refill, rather than letting the flood grow the heap.
 */
@Component(service = RateLimiter.class)
public class BucketRateLimiter implements RateLimiter {
	static final int MAX_SOURCES = 100_000;
	private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

	private record Key(String scope, RateLimit limit, String source) {
	}

	private final ConcurrentHashMap<Key, Bucket> buckets = new ConcurrentHashMap<>();
	private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());
	private final int maxSources;

	public BucketRateLimiter() {
		this(MAX_SOURCES);
	}

	BucketRateLimiter(int maxSources) {
		this.maxSources = maxSources;
	}

	@Override
	public void acquire(String scope, RateLimit limit, String source) {
		Key key = new Key(scope, limit, source);
		Bucket bucket = buckets.get(key);
		if (bucket == null) {
			if (buckets.size() >= maxSources && sweep() >= maxSources) {
				throw PublicLimitException.tooManyRequests(refillSeconds(limit, 1));
			}
			bucket = buckets.computeIfAbsent(key, k -> newBucket(limit));
		} else if (buckets.size() > maxSources / 10) {
			sweepNowAndThen();
		}
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw PublicLimitException.tooManyRequests(
					Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
		}
	}

	private static Bucket newBucket(RateLimit limit) {
		return Bucket.builder().addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(),
				Duration.ofSeconds(limit.perSeconds()))).build();
	}

	private static long refillSeconds(RateLimit limit, int requests) {
		return Math.max(1, (long) Math.ceil((double) limit.perSeconds() * requests / limit.requests()));
	}

	private void sweepNowAndThen() {
		long last = lastSweep.get();
		if (System.nanoTime() - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, System.nanoTime())) {
			sweep();
		}
	}

	/** Forgets the buckets that refilled completely; returns how many remain. */
	int sweep() {
		buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= e.getKey().limit().requests());
		return buckets.size();
	}

	int tracked() {
		return buckets.size();
	}
}
