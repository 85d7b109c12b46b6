package vn.citizenhub.core.publicapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, up to {@code burst}
 * at once. Idle buckets are forgotten so that a flood of addresses cannot grow memory without end.
 */
final class ClientRateLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final double tokensPerNano;
  private final double burst;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  ClientRateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
    this.tokensPerNano = perMinute / 60e9;
    this.burst = burst;
    this.nanoClock = nanoClock;
  }

  /** Takes one token for the client; false when it has none left. */
  boolean tryAcquire(String client) {
    long now = nanoClock.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      forgetFullBuckets(now);
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now);
  }

  /** Seconds until the client has a token again, for the Retry-After header. */
  long secondsUntilNextToken() {
    return Math.max(1, (long) Math.ceil(1 / (tokensPerNano * 1e9)));
  }

  private void forgetFullBuckets(long now) {
    buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
  }

  private final class Bucket {
    private double tokens;
    private long updatedAt;

    Bucket(double tokens, long updatedAt) {
      this.tokens = tokens;
      this.updatedAt = updatedAt;
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + (now - updatedAt) * tokensPerNano);
      updatedAt = now;
    }
  }
}
