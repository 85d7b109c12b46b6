package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.zalo.FakeZalo;
import vn.citizenhub.channel.zalo.ZaloCitizen;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The whole hub with the Zalo channel: a conversation on Zalo (the OA API faked) becomes a routed
 * ticket whose code the citizen receives, the agency's question is answered by the citizen's next
 * message, an officer's public reply reaches them as a Zalo message (late, not lost, while Zalo's
 * API is down), and their rating lands on the ticket.
 */
@ScanLogsForPersonalData({"Đường Nguyễn Huệ, phường Kiến Tường", "Trước nhà số 12, cạnh cột điện"})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloToTicketEndToEndTest implements TestPropertyProvider {

  private static final String APP_ID = "1760000000000000101";
  private static final String OA_ID = "2420000000000000102";
  private static final String SECRET = "e2e-oa-secret-key";
  private static final String PASSWORD = "mật-khẩu-thử-9x";
  private static final Pattern CODE = Pattern.compile("Mã tra cứu của bạn: ([A-Z0-9]{5}-[A-Z0-9]{5})");

  private final FakeZalo zalo = new FakeZalo();
  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private WebReports publicApi;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_zalo"));
    String at = "hub.zalo.oas.tayninh.";
    p.put(at + "app-id", APP_ID);
    p.put(at + "oa-id", OA_ID);
    p.put(at + "oa-secret-key", SECRET);
    p.put(at + "app-secret", FakeZalo.APP_SECRET);
    p.put(at + "api-base-url", zalo.url());
    p.put(at + "oauth-base-url", zalo.url());
    p.put(at + "initial-refresh-token", "refresh-0");
    p.put("hub.zalo.poll-interval", "200ms");
    p.put("hub.zalo.retry-backoff", "20ms");
    p.put("hub.zalo.breaker-open", "500ms");
    p.put("hub.zalo.reply-retry-base", "200ms");
    p.put("hub.notify.retry-base", "200ms");
    p.put("hub.workspace.sweep.enabled", "false");
    try {
      p.put("hub.zalo.media-dir", Files.createTempDirectory("e2e-zalo-media").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  @BeforeAll
  void connect() {
    publicApi = new WebReports(server.getURL().toString());
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopFake() {
    zalo.close();
  }

  private ZaloCitizen citizen() {
    return new ZaloCitizen(server.getURL().toString(), APP_ID, OA_ID, SECRET);
  }

  private String reply(ZaloCitizen c, int n) {
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() >= n);
    return zalo.textsTo(c.userId).get(n - 1);
  }

  private boolean received(ZaloCitizen c, String part) {
    return zalo.textsTo(c.userId).stream().anyMatch(t -> t.contains(part));
  }

  @Test
  void aZaloReportBecomesARoutedTicketTheOfficersReplyReachesZaloAndTheRatingLands()
      throws Exception {
    ZaloCitizen c = citizen();
    assertEquals(200, c.send(c.follow()));
    assertTrue(reply(c, 1).startsWith("Chào mừng"));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(),
        "Ổ gà lớn giữa đường, xe máy dễ té vào ban đêm")));
    assertEquals(200, c.send(c.image(ZaloCitizen.msgId(), zalo.photoUrl("o-ga"))));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "Đường Nguyễn Huệ, phường Kiến Tường")));
    assertTrue(reply(c, 4).contains("1. Hư hỏng đường, cầu giao thông"), reply(c, 4));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "1")));
    assertTrue(reply(c, 5).contains("Nghị định 13/2023/NĐ-CP"));
    String agree = c.text(ZaloCitizen.msgId(), "Đồng ý");
    assertEquals(200, c.send(agree));
    Matcher m = CODE.matcher(reply(c, 6));
    assertTrue(m.find(), reply(c, 6));
    String shown = m.group(1);
    String code = TrackingCode.parse(shown).orElseThrow().value();

    JsonNode ticket = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> publicApi.track(code),
            t -> t != null && "ROUTED".equals(t.path("status").asText()));
    assertEquals("UBND-27787", ticket.path("agency").path("code").asText());
    assertEquals("ZALO", ticket.path("channel").asText());
    await().atMost(Duration.ofSeconds(20))
        .until(() -> received(c, "Tỉnh đã tiếp nhận phản ánh của bạn. Mã tra cứu: " + shown));

    assertEquals(200, c.send(agree)); // Zalo retries the consent: no second ticket
    // The first ticket is already routed and its code sent (awaited above); a retry taken as a
    // new report would only show up after the channel's processing and the Kafka hop, so the
    // count must stay at 1 for a while rather than be read once.
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code));
      assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE channel = 'ZALO'"
          + " AND received_at >= ?", "2000-01-01"));
    });

    accounts.create("canbo.kientuong", "Cán bộ phường Kiến Tường", StaffRole.AGENCY_OFFICER,
        "UBND-27787", hasher.hash(PASSWORD), Instant.now());
    StaffDesk officer = new StaffDesk(server.getURL().toString());
    officer.signIn("canbo.kientuong", PASSWORD);
    long id = await().atMost(Duration.ofSeconds(10)).until(() -> officer.find(shown), i -> i > 0);
    // The photo sent on Zalo is on the ticket page, byte for byte as Zalo's CDN served it.
    JsonNode photos = officer.ticket(id).path("attachments");
    assertEquals(1, photos.size(), photos.toString());
    assertEquals("ZALO", photos.get(0).path("channel").asText());
    assertFalse(photos.get(0).path("publicAllowed").asBoolean());
    var photo = officer.file(photos.get(0).path("url").asText());
    assertEquals(200, photo.statusCode());
    assertArrayEquals(FakeZalo.PHOTO, photo.body());
    assertEquals(0, publicApi.track(code).path("photos").size(), "not public: nobody allowed it");
    officer.act(id, "ACKNOWLEDGE");

    // The agency asks; the citizen simply answers on Zalo, and the paused clock runs again.
    String question = "Ổ gà nằm trước số nhà bao nhiêu?";
    officer.act(id, "REQUEST_INFO", "text", question);
    await().atMost(Duration.ofSeconds(20)).until(() -> received(c, question));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "Trước nhà số 12, cạnh cột điện")));
    await().atMost(Duration.ofSeconds(20))
        .until(() -> "IN_PROGRESS".equals(officer.ticket(id).path("status").asText()));
    assertTrue(officer.ticket(id).path("timeline").findValuesAsText("type")
        .contains("CITIZEN_FOLLOW_UP"));

    zalo.outage(true); // Zalo's API goes down just as the officer answers
    String answer = "Phường đã cử đội duy tu, dự kiến vá xong ổ gà trong ba ngày.";
    officer.act(id, "REPLY", "text", answer);
    // Wait until the channel has tried to deliver the notice and retried it, both failing (Zalo
    // is down), so the check below follows real attempts, not merely precedes the notice.
    await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
        "SELECT COUNT(*) FROM channel_notification WHERE channel = 'ZALO' AND state = 'PENDING'"
            + " AND attempts >= 2 AND payload LIKE CONCAT('%', ?, '%')", answer) == 1);
    assertTrue(!received(c, answer), "not delivered while Zalo is down");
    zalo.outage(false);
    await().atMost(Duration.ofSeconds(30)).until(() -> received(c, answer));
    assertTrue(received(c, "đánh giá " + shown), "the notice says how to rate");

    officer.act(id, "RESOLVE", "closureCode", "FIXED", "text", "Đã vá ổ gà trước số 12.");
    await().atMost(Duration.ofSeconds(20)).until(() -> received(c, "Đã vá ổ gà trước số 12."));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "đánh giá " + shown + " 5")));
    assertTrue(reply(c, zalo.textsTo(c.userId).size() + 1).contains("Cảm ơn bạn đã đánh giá 5/5"));
    JsonNode rated = await().atMost(Duration.ofSeconds(20)).until(() -> publicApi.track(code),
        t -> t.path("timeline").findValuesAsText("type").contains("CITIZEN_RATING"));
    assertEquals("RESOLVED", rated.path("status").asText());

    List<String> internal = officer.ticket(id).path("timeline").findValuesAsText("type");
    assertTrue(internal.contains("NOTICE_SENT"), "each delivery is on the timeline: " + internal);
  }

  @Test
  void unsignedAndMisSignedEventsAreRefused() throws Exception {
    ZaloCitizen c = citizen();
    String body = c.text(ZaloCitizen.msgId(), "Xin chào");
    assertEquals(401, c.post(body, null));
    assertEquals(401, c.post(body, "mac=" + "ab".repeat(32)));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?", c.userId));
  }
}
