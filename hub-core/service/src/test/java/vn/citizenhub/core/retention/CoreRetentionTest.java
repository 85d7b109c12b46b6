package vn.citizenhub.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.retention.RetentionSweep;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/** hub-core's purge jobs over the real database: old rows go, recent rows stay, in batches. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreRetentionTest implements TestPropertyProvider {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Inject RetentionSweep sweep;
  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("retention_core"));
    p.put("hub.retention.initial-delay", "1h"); // the test runs the sweep itself
    p.put("hub.retention.batch-size", "2");
    p.put("hub.retention.max-batches-per-run", "3");
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  private static String daysAgo(long days) {
    return UtcTime.column(NOW.minus(Duration.ofDays(days)));
  }

  @Test
  void processedIntakeIdsGoOnceKafkaCanNoLongerRedeliverTheirEnvelopes() {
    for (long age : new long[] {30, 25, 22, 20, 1}) {
      db.update("INSERT INTO processed_intake (intake_id, ticket_id, processed_at)"
          + " VALUES (?, 1, ?)", "retention-" + UUID.randomUUID(), daysAgo(age));
    }

    Map<String, Integer> purged = sweep.run(NOW);

    assertEquals(3, purged.get("processed_intake"), "three older than 21 days: batches 2 + 1");
    assertEquals(2, db.count("SELECT COUNT(*) FROM processed_intake WHERE intake_id LIKE"
        + " 'retention-%'"), "20 days and a day old stay");
  }

  @Test
  void aRunStopsAfterItsBatchesAndTheNextRunTakesTheRest() {
    for (int i = 0; i < 8; i++) {
      db.update("INSERT INTO personal_data_access (staff_id, ticket_id, accessed_at)"
          + " VALUES (99, ?, ?)", 1000 + i, daysAgo(800));
    }
    db.update("INSERT INTO personal_data_access (staff_id, ticket_id, accessed_at)"
        + " VALUES (99, 2000, ?)", daysAgo(700));

    assertEquals(6, sweep.run(NOW).get("personal_data_access"), "3 batches of 2 per run");
    assertEquals(2, sweep.run(NOW).get("personal_data_access"));
    assertEquals(0, sweep.run(NOW).get("personal_data_access"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM personal_data_access WHERE staff_id = 99"),
        "the access record under two years old stays");
  }

  @Test
  void staffSessionsGoThreeMonthsAfterTheyExpired() {
    db.update("INSERT INTO staff_session (id, staff_id, created_at, expires_at, ended_at)"
        + " VALUES ('old-session', 98, ?, ?, ?)", daysAgo(100), daysAgo(100), daysAgo(100));
    db.update("INSERT INTO staff_session (id, staff_id, created_at, expires_at)"
        + " VALUES ('recent-session', 98, ?, ?)", daysAgo(10), daysAgo(10));

    sweep.run(NOW);

    assertEquals(0, db.count("SELECT COUNT(*) FROM staff_session WHERE id = 'old-session'"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM staff_session WHERE id = 'recent-session'"));
  }
}
