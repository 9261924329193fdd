package dev.mediaaccess.http;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A budget of failed token attempts per client address: a token bucket of {@code attempts} that refills evenly over
 * {@code per}. Only failures spend it; while it is empty, every token request from that address is refused.
 */
final class AttemptThrottle {
    /** Enough for the addresses of a busy hour; an evicted bucket would have been full again anyway. */
    private static final long MAX_TRACKED_ADDRESSES = 100_000;

    private final int attempts;
    private final Duration per;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AttemptThrottle(int attempts, Duration per, TimeMeter time) {
        this.attempts = attempts;
        this.per = per;
        this.time = time;
        // A bucket untouched for `per` has refilled completely, so forgetting it then loses nothing.
        this.buckets = CacheBuilder.newBuilder()
                .maximumSize(MAX_TRACKED_ADDRESSES)
                .expireAfterAccess(per.toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    /** How long the address must wait before its next token request, if its budget is spent. */
    Optional<Duration> blockedFor(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void recordFailure(String address) {
        bucketOf(address).tryConsume(1);
    }

    private Bucket bucketOf(String address) {
        try {
            return buckets.get(address, () -> Bucket.builder()
                    .withCustomTimePrecision(time)
                    .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, per))
                    .build());
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
