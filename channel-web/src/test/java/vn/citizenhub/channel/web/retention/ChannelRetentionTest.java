package vn.citizenhub.channel.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.retention.RetentionSweep;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The purge of what every channel keeps (channel-support's rules), run in the web channel over the
 * real database: acknowledged intake and finished notifications go after their periods; intake
 * Kafka has not acknowledged stays whatever its age.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelRetentionTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Inject RetentionSweep sweep;
  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("retention_web"));
    p.put("hub.core.url", CATALOG.url());
    p.put("hub.retention.initial-delay", "1h"); // the test runs the sweep itself
    p.put("hub.retention.batch-size", "2");
    p.put("hub.intake-handoff.relay-interval", "1h"); // the old PENDING row stays as it is
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  private static String daysAgo(long days) {
    return UtcTime.column(NOW.minus(Duration.ofDays(days)));
  }

  private void intake(String state, long age) {
    String id = UUID.randomUUID().toString();
    db.update("INSERT INTO channel_intake_outbox (envelope_id, channel, tracking_code,"
        + " message_key, envelope_json, state, created_at, sent_at) VALUES (?, 'WEB', ?, ?,"
        + " '{\"citizen\":{\"name\":\"Lê Thị Cúc\"}}', ?, ?, ?)", id, "W" + age + state,
        "web:" + id, state, daysAgo(age), state.equals("SENT") ? daysAgo(age) : null);
  }

  private void notification(String state, long age) {
    db.update("INSERT INTO channel_notification (notification_id, channel, payload, state,"
        + " next_attempt_at, created_at, done_at) VALUES (?, 'WEB', '{}', ?, ?, ?, ?)",
        UUID.randomUUID().toString(), state, daysAgo(age), daysAgo(age), daysAgo(age));
  }

  @Test
  void acknowledgedIntakeGoesAfterAWeekAndUnacknowledgedIntakeStays() {
    for (long age : new long[] {30, 20, 10, 8, 6}) {
      intake("SENT", age);
    }
    intake("PENDING", 30);

    assertEquals(4, sweep.run(NOW).get("channel_intake_outbox.sent"), "in batches of 2");
    assertEquals(1, db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'SENT'"
        + " AND tracking_code LIKE 'W%'"), "the 6-day-old row stays");
    assertEquals(1, db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'PENDING'"
        + " AND tracking_code LIKE 'W%'"), "intake Kafka has not acknowledged is never purged");
  }

  @Test
  void finishedNotificationsGoAfterThirtyDays() {
    notification("SENT", 40);
    notification("FAILED", 31);
    notification("HANDED_BACK", 35);
    notification("SENT", 29);

    assertEquals(3, sweep.run(NOW).get("channel_notification.done"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM channel_notification WHERE channel = 'WEB'"));
  }
}
