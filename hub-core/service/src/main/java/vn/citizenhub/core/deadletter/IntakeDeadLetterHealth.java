package vn.citizenhub.core.deadletter;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code intakeDeadLetters} in {@code /health}: DEGRADED while a parked intake record waits for
 * an administrator or coordinator to acknowledge it. DEGRADED is a status of its own, neither
 * operational nor not (so {@code /health} still answers 200 and the readiness and liveness probes
 * keep the pod; a restart would not help anyone), but more severe than UP and UNKNOWN, so it is
 * what the aggregate {@code status} shows while no indicator is DOWN.
 */
@Singleton
class IntakeDeadLetterHealth extends AbstractHealthIndicator<Map<String, Object>> {

  static final String NAME = "intakeDeadLetters";
  static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
      "intake records are waiting on hub.intake.dlq.v1 for an administrator", null, 500);

  private final DeadLetterBook book;

  IntakeDeadLetterHealth(DeadLetterBook book) {
    this.book = book;
  }

  @Override
  protected String getName() {
    return NAME;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    try {
      long waiting = book.unacknowledged();
      details.put("unacknowledged", waiting);
      healthStatus = waiting == 0 ? HealthStatus.UP : DEGRADED;
    } catch (SQLException e) {
      // The database's own indicator says DOWN; this one only cannot tell.
      details.put("error", "database unreachable");
      healthStatus = HealthStatus.UNKNOWN;
    }
    return details;
  }
}
