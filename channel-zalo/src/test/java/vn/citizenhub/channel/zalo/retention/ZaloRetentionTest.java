package vn.citizenhub.channel.zalo.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.channel.zalo.FakeHubCore;
import vn.citizenhub.channel.zalo.FakeZalo;
import vn.citizenhub.channel.zalo.ZaloTestSetup;
import vn.citizenhub.retention.RetentionSweep;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.SqlProbe;

/** The Zalo channel's purge jobs over the real database and media folder. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloRetentionTest implements TestPropertyProvider {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();

  @Inject RetentionSweep sweep;
  @Inject JdbcDatabase database;
  @Inject AttachmentStore store;
  private SqlProbe db;
  private Path mediaDir;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = ZaloTestSetup.properties("retention_zalo", zalo, core);
    p.put("hub.retention.initial-delay", "1h"); // the test runs the sweep itself
    p.put("hub.retention.batch-size", "2");
    mediaDir = Path.of(p.get("hub.zalo.media-dir"));
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopFakes() {
    zalo.close();
    core.close();
  }

  private static String daysAgo(long days) {
    return UtcTime.column(NOW.minus(Duration.ofDays(days)));
  }

  private Path photo(String user, long age) throws Exception {
    String relative = "tayninh/2026-01/" + UUID.randomUUID() + ".jpg";
    Path file = mediaDir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, FakeZalo.PHOTO);
    db.update("INSERT INTO zalo_media (file_path, oa_name, user_id, kept_at)"
        + " VALUES (?, 'tayninh', ?, ?)", relative, user, daysAgo(age));
    return file;
  }

  @Test
  void photosGoFromTheFolderAfterHalfAYear() throws Exception {
    Path old1 = photo("u-media", 400);
    Path old2 = photo("u-media", 200);
    Path old3 = photo("u-media", 181);
    Path recent = photo("u-media", 30);

    assertEquals(3, sweep.run(NOW).get("zalo_media"), "batches of 2, then 1");
    assertFalse(Files.exists(old1) || Files.exists(old2) || Files.exists(old3));
    assertTrue(Files.exists(recent));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_media WHERE user_id = 'u-media'"));
  }

  @Test
  void photosInTheAttachmentStoreGoAfterHalfAYearToo() throws Exception {
    String old = "zalo/tayninh/2026-01/" + UUID.randomUUID().toString().replace("-", "") + ".jpg";
    String recent = "zalo/tayninh/2026-06/" + UUID.randomUUID().toString().replace("-", "")
        + ".jpg";
    for (String[] row : new String[][] {{old, "190"}, {recent, "10"}}) {
      store.put(row[0], FakeZalo.PHOTO, "image/jpeg");
      db.update("INSERT INTO zalo_media (file_path, oa_name, user_id, kept_at)"
          + " VALUES (?, 'tayninh', 'u-stored', ?)", "store:" + row[0],
          daysAgo(Long.parseLong(row[1])));
    }

    sweep.run(NOW);
    assertFalse(store.exists(old), "gone from the store");
    assertTrue(store.exists(recent));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_media WHERE user_id = 'u-stored'"));
  }

  @Test
  void repliesDoneGoAfterAMonthAndPendingOnesStay() {
    for (String[] row : new String[][] {{"SENT", "40"}, {"FAILED", "31"}, {"SENT", "5"},
        {"PENDING", "40"}}) {
      db.update("INSERT INTO zalo_reply (oa_name, user_id, kind, text, created_at, state,"
          + " next_attempt_at) VALUES ('tayninh', 'u-replies', 'TEXT', 'Cảm ơn', ?, ?, ?)",
          daysAgo(Long.parseLong(row[1])), row[0], notYetDue());
    }

    assertEquals(2, sweep.run(NOW).get("zalo_reply.done"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_reply WHERE user_id = 'u-replies'"
        + " AND state = 'SENT'"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_reply WHERE user_id = 'u-replies'"
        + " AND state = 'PENDING'"));
  }

  /**
   * Due a month after the real clock, not after the test's NOW (already past): the channel's reply
   * worker runs beside the sweep and would otherwise send the PENDING row during the test.
   */
  private static String notYetDue() {
    return UtcTime.column(Instant.now().plus(Duration.ofDays(30)));
  }

  @Test
  void aUserSilentForTwoYearsLosesTheirPhoneAndReportListButKeepsTheirOptOut() {
    db.update("INSERT INTO zalo_user (user_id, oa_name, last_interaction_at, phone, created_at,"
        + " opted_out_at) VALUES ('u-silent', 'tayninh', ?, '0912345678', ?, ?)",
        daysAgo(800), daysAgo(900), daysAgo(800));
    db.update("INSERT INTO zalo_user (user_id, oa_name, last_interaction_at, phone, created_at)"
        + " VALUES ('u-active', 'tayninh', ?, '0987654321', ?)", daysAgo(10), daysAgo(900));
    db.update("INSERT INTO zalo_report (user_id, oa_name, tracking_code, submitted_at)"
        + " VALUES ('u-silent', 'tayninh', 'ZOLD0-00000', ?)", daysAgo(800));
    db.update("INSERT INTO zalo_report (user_id, oa_name, tracking_code, submitted_at)"
        + " VALUES ('u-active', 'tayninh', 'ZNEW0-00000', ?)", daysAgo(100));

    sweep.run(NOW);

    assertNull(db.string("SELECT phone FROM zalo_user WHERE user_id = 'u-silent'"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_user WHERE user_id = 'u-silent'"
        + " AND opted_out_at IS NOT NULL"), "the opt-out stays: no message will go to them");
    assertEquals("0987654321", db.string("SELECT phone FROM zalo_user WHERE user_id = 'u-active'"));
    String reports = "SELECT COUNT(*) FROM zalo_report WHERE tracking_code = ?";
    assertEquals(0, db.count(reports, "ZOLD0-00000"));
    assertEquals(1, db.count(reports, "ZNEW0-00000"));
  }

  @Test
  void processedEventsAndOldDataRequestsGo() {
    for (String[] row : new String[][] {{"DONE", "5"}, {"FAILED", "4"}, {"DONE", "1"}}) {
      db.update("INSERT INTO zalo_inbox (oa_name, dedupe_key, event_name, user_id, body,"
          + " received_at, state, next_attempt_at) VALUES ('tayninh', ?, 'user_send_text',"
          + " 'u-inbox', '{}', ?, ?, ?)", UUID.randomUUID().toString(),
          daysAgo(Long.parseLong(row[1])), row[0], daysAgo(Long.parseLong(row[1])));
    }
    db.update("INSERT INTO zalo_data_request (oa_name, user_hash, kind, received_at, handled_at,"
        + " outcome) VALUES ('tayninh', 'h-old', 'UNFOLLOW', ?, ?, 'done')", daysAgo(1100),
        daysAgo(1100));
    db.update("INSERT INTO zalo_data_request (oa_name, user_hash, kind, received_at, handled_at,"
        + " outcome) VALUES ('tayninh', 'h-new', 'UNFOLLOW', ?, ?, 'done')", daysAgo(100),
        daysAgo(100));

    sweep.run(NOW);

    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = 'u-inbox'"),
        "the day-old event stays: Zalo may still retry it");
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_data_request WHERE user_hash = 'h-old'"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_data_request WHERE user_hash = 'h-new'"));
  }
}
