package vn.citizenhub.http.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyedRateLimiterTest {

  @Test
  void eachKeyHasItsOwnBurstThenWaits() {
    KeyedRateLimiter limiter = new KeyedRateLimiter("test", 3, Duration.ofHours(1), 100);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.acquire("a").allowed());
    }
    KeyedRateLimiter.Decision refused = limiter.acquire("a");
    assertFalse(refused.allowed());
    assertTrue(refused.retryAfterSeconds() > 3500 && refused.retryAfterSeconds() <= 3600,
        "waits for the rest of the hour, was " + refused.retryAfterSeconds());
    assertTrue(limiter.acquire("b").allowed(), "another key is not affected");
  }

  @Test
  void aFloodOfDistinctKeysStaysWithinTheBound() {
    KeyedRateLimiter limiter = new KeyedRateLimiter("test", 1, Duration.ofHours(1), 1_000);
    for (int i = 0; i < 50_000; i++) {
      assertTrue(limiter.acquire("key-" + i).allowed());
    }
    assertTrue(limiter.trackedKeys() <= 1_000, "tracked " + limiter.trackedKeys());
  }

  @Test
  void aNonsensicalLimitIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new KeyedRateLimiter("test", 0, Duration.ofMinutes(1), 10));
    assertThrows(IllegalArgumentException.class,
        () -> new KeyedRateLimiter("test", 1, Duration.ZERO, 10));
  }

  @Test
  void theAnswerIsBilingualWithRetryAfter() {
    var response = TooManyRequests.answer(42);
    assertEquals(429, response.code());
    assertEquals("42", response.header("Retry-After"));
    var body = response.body();
    assertEquals("RATE_LIMITED", body.error());
    assertTrue(body.message().startsWith("Bạn đã gửi quá nhiều yêu cầu"));
    assertTrue(body.messageEn().startsWith("Too many requests"));
  }
}
