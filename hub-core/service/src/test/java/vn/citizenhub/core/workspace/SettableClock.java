package vn.citizenhub.core.workspace;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The hub's clock, set by a test to the day it needs (Tết 2026, say). */
@Singleton
@Replaces(Clock.class)
@Requires(property = "spec.name", value = "TetEscalationTest")
class SettableClock extends Clock {

  private volatile Instant now = Instant.now();

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
