package vn.citizenhub.channel.hotline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/**
 * The hotline's purge jobs over the real database: the phone system's events go after a day; the
 * call log forgets the caller's number after 90 days and keeps the call for the figures.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineRetentionTest implements TestPropertyProvider {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Inject RetentionSweep sweep;
  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("retention_hotline"));
    p.put("hub.retention.initial-delay", "1h"); // the test runs the sweep itself
    p.put("hub.retention.batch-size", "2");
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  private static String ago(Duration age) {
    return UtcTime.column(NOW.minus(age));
  }

  private String call(Duration age) {
    String id = "retention-" + UUID.randomUUID();
    db.update("INSERT INTO hotline_call (call_id, source, caller_phone, started_at, local_day,"
        + " local_hour, outcome) VALUES (?, 'PBX', '+84912345678', ?, '2026-01-01', 9,"
        + " 'NEW_TICKET')", id, ago(age));
    return id;
  }

  @Test
  void callersNumbersLeaveTheCallLogAfterNinetyDaysAndTheCallsStay() {
    String[] old = {call(Duration.ofDays(400)), call(Duration.ofDays(120)),
        call(Duration.ofDays(91))};
    String recent = call(Duration.ofDays(89));

    assertEquals(3, sweep.run(NOW).get("hotline_call.caller_phone"));
    for (String id : old) {
      assertNull(db.string("SELECT caller_phone FROM hotline_call WHERE call_id = ?", id));
    }
    assertEquals("+84912345678",
        db.string("SELECT caller_phone FROM hotline_call WHERE call_id = ?", recent));
    assertEquals(4, db.count("SELECT COUNT(*) FROM hotline_call WHERE call_id LIKE 'retention-%'"
        + " AND outcome = 'NEW_TICKET'"), "every call still counts in the figures");
  }

  @Test
  void phoneSystemEventsGoAfterADay() {
    for (Duration age : new Duration[] {Duration.ofDays(3), Duration.ofHours(25),
        Duration.ofHours(2)}) {
      db.update("INSERT INTO hotline_call_event (call_id, type, caller_phone, occurred_at,"
          + " received_at) VALUES (?, 'ringing', '0912345678', ?, ?)",
          "retention-" + UUID.randomUUID(), ago(age), ago(age));
    }

    assertEquals(2, sweep.run(NOW).get("hotline_call_event"));
    assertEquals(1, db.count(
        "SELECT COUNT(*) FROM hotline_call_event WHERE call_id LIKE 'retention-%'"));
  }
}
