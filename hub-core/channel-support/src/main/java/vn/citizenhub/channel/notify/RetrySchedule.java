package vn.citizenhub.channel.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a notification again after a transient failure: soon at first, then less often
 * (with the default base of 10 s: 10 s, 30 s, 1 min, 5 min, 15 min, then every 30 min), and not at
 * all once it is {@link #GIVE_UP_AFTER} old: a notice two days late has lost its point, and the
 * ticket's timeline says it was not delivered.
 */
final class RetrySchedule {

  static final Duration GIVE_UP_AFTER = Duration.ofHours(48);
  private static final int[] MULTIPLES = {1, 3, 6, 30, 90, 180};

  private final Duration base;

  RetrySchedule(Duration base) {
    this.base = base;
  }

  /** The next attempt after {@code failedAttempts} failures; empty when it is time to give up. */
  Optional<Instant> next(int failedAttempts, Instant createdAt, Instant now) {
    if (!now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
      return Optional.empty();
    }
    int step = Math.min(Math.max(failedAttempts, 1), MULTIPLES.length) - 1;
    return Optional.of(now.plus(base.multipliedBy(MULTIPLES[step])));
  }
}
