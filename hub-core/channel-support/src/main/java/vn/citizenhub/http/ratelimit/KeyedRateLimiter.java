package vn.citizenhub.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;

/**
 * One Resilience4j rate limiter per key (a client address, a phone, a username): {@code limit}
 * permits each {@code period}, all of which may be taken at once (the burst). The limiters live
 * in a Caffeine cache bounded by {@code maxKeys} and forgotten a period after their last use, so a
 * flood of distinct keys costs bounded memory; a key pushed out by such a flood starts afresh,
 * which only helps someone who already controls that many keys.
 *
 * <p>Limits are per instance: with N replicas behind a round-robin balancer a client gets up to N
 * times the limit. That is accepted (see docs/abuse-controls.md); the limits are sized for it.
 */
public final class KeyedRateLimiter {

  /** The answer for one request: allowed, or how long to wait. */
  public record Decision(boolean allowed, long retryAfterSeconds) {
    static final Decision ALLOWED = new Decision(true, 0);
  }

  private final String name;
  private final RateLimiterConfig config;
  private final Cache<String, AtomicRateLimiter> limiters;

  public KeyedRateLimiter(String name, int limit, Duration period, int maxKeys) {
    if (limit < 1 || period.isZero() || period.isNegative() || maxKeys < 1) {
      throw new IllegalArgumentException("rate limit " + name + ": limit, period and maxKeys"
          + " must be positive (" + limit + " per " + period + ", " + maxKeys + " keys)");
    }
    this.name = name;
    this.config = RateLimiterConfig.custom()
        .limitForPeriod(limit)
        .limitRefreshPeriod(period)
        .timeoutDuration(Duration.ZERO)
        .build();
    this.limiters = Caffeine.newBuilder()
        .maximumSize(maxKeys)
        .expireAfterAccess(period)
        .build();
  }

  /** Takes one permit for the key. */
  public Decision acquire(String key) {
    AtomicRateLimiter limiter = limiters.get(key, k -> new AtomicRateLimiter(name, config));
    if (limiter.acquirePermission()) {
      return Decision.ALLOWED;
    }
    long nanos = limiter.getDetailedMetrics().getNanosToWait();
    return new Decision(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
  }

  /** How many keys are remembered now (for tests and metrics). */
  public long trackedKeys() {
    limiters.cleanUp();
    return limiters.estimatedSize();
  }
}
