package vn.citizenhub.core.sla;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock the workspace reads, so that tests can stand on a chosen day (Tết, say). */
@Factory
class HubClock {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
