package vn.citizenhub.channel.zalo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.zalo.conversation.DraftExpiry;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The Zalo channel over a real Kafka broker and a real database, with Zalo and hub-core faked:
 * signed events in, a conversation in Vietnamese, intake envelopes out, replies through the OA.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloChannelTest implements TestPropertyProvider {

  private static final Pattern CODE = Pattern.compile("Mã tra cứu của bạn: ([A-Z0-9]{5}-[A-Z0-9]{5})");
  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject DraftExpiry expiry;
  @Inject io.micronaut.management.endpoint.EndpointDefaultConfiguration endpoints;
  private SqlProbe db;

  private Map<String, String> properties;

  @Override
  public Map<String, String> getProperties() {
    properties = ZaloTestSetup.properties("zalo", zalo, core);
    return properties;
  }

  @BeforeAll
  void probe() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopFakes() {
    zalo.close();
    core.close();
  }

  private ZaloCitizen citizen() {
    return new ZaloCitizen(server.getURL().toString(), ZaloTestSetup.APP_ID,
        ZaloTestSetup.OA_ID, ZaloTestSetup.OA_SECRET);
  }

  private void says(ZaloCitizen c, String body) throws Exception {
    assertEquals(200, c.send(body));
  }

  private String lastReply(ZaloCitizen c, int count) {
    await().atMost(Duration.ofSeconds(15)).until(() -> zalo.textsTo(c.userId).size() >= count);
    List<String> texts = zalo.textsTo(c.userId);
    return texts.get(count - 1);
  }

  private static JsonNode envelope(String predicate) throws Exception {
    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(predicate)),
        Duration.ofSeconds(20));
    return ContractJson.mapper().readTree(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(predicate)).reduce((a, b) -> b).orElseThrow());
  }

  /** A whole report; returns the tracking code the citizen was given. */
  private String report(ZaloCitizen c) throws Exception {
    says(c, c.text(ZaloCitizen.msgId(), "Đèn đường trước số 12 Hùng Vương tắt ba đêm liền"));
    assertTrue(lastReply(c, 1).contains("chia sẻ vị trí"));
    says(c, c.image(ZaloCitizen.msgId(), zalo.photoUrl("den-duong")));
    assertTrue(lastReply(c, 2).contains("Đã nhận 1 ảnh"));
    says(c, c.location(ZaloCitizen.msgId(), "10.5353", "106.4137", "Phường Long An"));
    assertTrue(lastReply(c, 3).contains("2. Đèn chiếu sáng công cộng hư hỏng"));
    says(c, c.text(ZaloCitizen.msgId(), "2"));
    String consent = lastReply(c, 4);
    assertTrue(consent.contains("Nghị định 13/2023/NĐ-CP") && consent.contains("Đồng ý"), consent);
    await().atMost(Duration.ofSeconds(10)).until(() -> zalo.sent.stream()
        .anyMatch(s -> s.userId().equals(c.userId) && s.kind().equals("request_user_info")));
    says(c, c.submitInfo("0912 345 678"));
    assertTrue(lastReply(c, 5).contains("Số điện thoại đã được lưu"));
    String agree = ZaloCitizen.msgId();
    says(c, c.text(agree, "Đồng ý"));
    Matcher m = CODE.matcher(lastReply(c, 6));
    assertTrue(m.find(), zalo.textsTo(c.userId).toString());
    return TrackingCode.parse(m.group(1)).orElseThrow().value();
  }

  @Test
  void aZaloConversationBecomesAnIntakeEnvelopeWithCategoryLocationConsentAndPhoto()
      throws Exception {
    ZaloCitizen c = citizen();
    String code = report(c);
    assertEquals('Z', code.charAt(0));

    JsonNode e = envelope(code);
    assertEquals("ZALO", e.path("channel").asText());
    assertEquals("zalo:" + c.userId, e.path("citizen").path("identity").asText());
    assertEquals("+84912345678", e.path("citizen").path("phone").asText(),
        "the shared phone links the citizen across channels");
    JsonNode p = e.path("payload");
    assertEquals("NEW_REPORT", p.path("type").asText());
    assertEquals("STREET_LIGHT", p.path("categoryCode").asText());
    assertEquals("REPORT", p.path("kind").asText());
    assertEquals("Đèn đường trước số 12 Hùng Vương tắt ba đêm liền", p.path("description").asText());
    assertEquals(10.5353, p.path("location").path("latitude").asDouble(), 1e-9);
    assertEquals(106.4137, p.path("location").path("longitude").asDouble(), 1e-9);
    assertEquals("Phường Long An", p.path("location").path("address").asText());
    assertTrue(p.path("consent").path("given").asBoolean());
    assertEquals("zalo-2025-07", p.path("consent").path("textVersion").asText());
    assertNotNull(p.path("consent").path("givenAt").textValue());
    JsonNode photo = p.path("attachments").get(0);
    String url = photo.path("url").asText();
    assertTrue(url.matches("store:zalo/tayninh/\\d{4}-\\d{2}/[0-9a-f]{32}\\.jpg"),
        "the photo is kept in the hub's attachment store, not a CDN link: " + url);
    assertArrayEquals(FakeZalo.PHOTO, Files.readAllBytes(Path.of(properties.get(
        "hub.attachments.folder")).resolve(url.substring("store:".length()))));
    assertEquals(FakeZalo.PHOTO.length, photo.path("bytes").asInt());
    assertFalse(photo.path("publicAllowed").asBoolean(), "Zalo asks no consent to publish");
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_draft WHERE user_id = ?", c.userId));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_report WHERE tracking_code = ?", code));
  }

  @Test
  void unsignedOrMisSignedEventsAreRefusedWith401AndNothingIsStored() throws Exception {
    ZaloCitizen c = citizen();
    String body = c.text(ZaloCitizen.msgId(), "Xin chào, tôi muốn phản ánh");
    long stored = db.count("SELECT COUNT(*) FROM zalo_inbox");
    assertEquals(401, c.post(body, null));
    assertEquals(401, c.post(body, "mac=" + "0".repeat(64)));
    ZaloCitizen forger = new ZaloCitizen(server.getURL().toString(), ZaloTestSetup.APP_ID,
        ZaloTestSetup.OA_ID, "a-guessed-secret");
    assertEquals(401, forger.send(body));
    ZaloCitizen otherApp = new ZaloCitizen(server.getURL().toString(), "999", "1",
        ZaloTestSetup.OA_SECRET);
    assertEquals(401, otherApp.send(otherApp.text(ZaloCitizen.msgId(), "Xin chào")));
    assertEquals(401, c.post("not json", "mac=00"));
    assertEquals(413, c.send(c.text(ZaloCitizen.msgId(), "x".repeat(40_000))));
    assertEquals(stored, db.count("SELECT COUNT(*) FROM zalo_inbox"));
    // Nothing was stored, so there is no event to wait for: the silence must instead hold for
    // longer than a poll of the processor (200 ms in tests) that would pick up a stray event.
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertTrue(zalo.textsTo(c.userId).isEmpty()));
  }

  @Test
  void zalosRetriesOfTheSameMessageChangeNothing() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.text(ZaloCitizen.msgId(), "Rác đổ bừa bãi trước chợ Tân An mấy ngày nay"));
    says(c, c.text(ZaloCitizen.msgId(), "Chợ Tân An, phường Long An"));
    says(c, c.text(ZaloCitizen.msgId(), "3"));
    lastReply(c, 3);
    String agree = ZaloCitizen.msgId();
    String body = c.text(agree, "đồng ý");
    says(c, body);
    says(c, body); // Zalo did not hear our 200 in time and sends it again
    lastReply(c, 4);
    says(c, body);
    // The first copy is fully processed (its event done, its code sent) before the counts are
    // read, so a count of 1 is not just a count taken too early.
    await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
        "SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key = ? AND state = 'DONE'",
        "msg:" + agree) == 1);
    // A copy processed twice would show up later, after a poll of the processor (200 ms in
    // tests): the counts must stay at 1 for longer than that.
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key = ?",
          "msg:" + agree));
      assertEquals(1, db.count(
          "SELECT COUNT(*) FROM channel_intake_outbox WHERE idempotency_key = ?", agree));
      assertEquals(1,
          zalo.textsTo(c.userId).stream().filter(t -> t.contains("Mã tra cứu")).count());
    });
  }

  @Test
  void aSignedEventReplayedDaysLaterIsIgnored() throws Exception {
    ZaloCitizen c = citizen();
    String fresh = c.text(ZaloCitizen.msgId(), "Xin chào, tôi muốn phản ánh");
    long fourDaysAgo = System.currentTimeMillis() - Duration.ofDays(4).toMillis();
    String replayed = fresh.replaceAll("\"timestamp\":\"[0-9]+\"",
        "\"timestamp\":\"" + fourDaysAgo + "\"");
    assertEquals(200, c.send(replayed));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?", c.userId));
  }

  @Test
  void echoesOfTheOasOwnMessagesAreNotAnswered() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.echo(ZaloCitizen.msgId(), "Chào mừng bạn"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?", c.userId));
    // The echo was not stored, so no event marks the end of its handling: the silence must
    // hold for longer than a poll of the processor (200 ms in tests).
    await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertTrue(zalo.textsTo(c.userId).isEmpty()));
  }

  @Test
  void aFollowGetsAWelcomeAndUnknownInputTheMenu() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.follow());
    assertTrue(lastReply(c, 1).startsWith("Chào mừng bạn đến với kênh Zalo"));
    says(c, c.text(ZaloCitizen.msgId(), "ừ"));
    assertTrue(lastReply(c, 2).contains("tra cứu <mã>"));
    assertNotNull(db.string("SELECT last_interaction_at FROM zalo_user WHERE user_id = ?",
        c.userId));
  }

  @Test
  void followUpRatingAndNotFixedReachKafkaAboutTheCitizensTicket() throws Exception {
    ZaloCitizen c = citizen();
    String code = report(c);
    String shown = new TrackingCode(code).display();
    String followUp = ZaloCitizen.msgId();
    says(c, c.text(followUp, "bổ sung " + shown + " Đèn ở cột số 14"));
    assertTrue(lastReply(c, 7).contains("Đã gửi thông tin bổ sung"));
    JsonNode f = envelope(followUp);
    assertEquals("FOLLOW_UP", f.path("payload").path("type").asText());
    assertEquals(code, f.path("trackingCode").asText());
    assertEquals("Đèn ở cột số 14", f.path("payload").path("message").asText());

    String rating = ZaloCitizen.msgId();
    says(c, c.text(rating, "Đánh giá " + shown + " 4"));
    JsonNode r = envelope(rating);
    assertEquals("RATING", r.path("payload").path("type").asText());
    assertEquals(4, r.path("payload").path("score").asInt());

    String verdict = ZaloCitizen.msgId();
    says(c, c.text(verdict, "chưa khắc phục " + shown));
    assertEquals("NOT_FIXED", envelope(verdict).path("payload").path("type").asText());
    assertEquals(1, db.count(
        "SELECT COUNT(*) FROM channel_intake_outbox WHERE idempotency_key = ?", rating));
  }

  @Test
  void aLookupAnswersFromThePublicTrackingApi() throws Exception {
    ZaloCitizen c = citizen();
    String code = TrackingCode.generate(vn.citizenhub.contract.Channel.WEB).value();
    core.tickets.put(code, """
        {"trackingCode":"%s","status":"ROUTED","statusLabel":"Đã chuyển đến cơ quan xử lý",
         "agency":{"code":"UBND-27712","name":"UBND phường Tân An"},"dueDate":"2026-12-11",
         "timeline":[{"type":"ROUTED","text":"Đã chuyển đến UBND phường Tân An để xử lý."}]}
        """.formatted(code));
    says(c, c.text(ZaloCitizen.msgId(), "tra cứu " + new TrackingCode(code).display()));
    String answer = lastReply(c, 1);
    assertTrue(answer.contains("Đã chuyển đến cơ quan xử lý")
        && answer.contains("UBND phường Tân An") && answer.contains("11/12/2026"), answer);
    says(c, c.text(ZaloCitizen.msgId(), "tra cứu"));
    assertTrue(lastReply(c, 2).contains("chưa gửi phản ánh nào"));
  }

  @Test
  void anOutageOfZalosApiDelaysRepliesAndLosesNone() throws Exception {
    ZaloCitizen c = citizen();
    zalo.outage(true);
    says(c, c.follow());
    says(c, c.text(ZaloCitizen.msgId(), "trợ giúp"));
    says(c, c.text(ZaloCitizen.msgId(), "Nước ngập sâu ở đường Trần Hưng Đạo sau cơn mưa"));
    await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
        "SELECT COUNT(*) FROM zalo_reply WHERE user_id = ? AND state = 'PENDING'", c.userId) == 3);
    assertTrue(zalo.textsTo(c.userId).isEmpty());
    zalo.outage(false);
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() == 3);
    List<String> texts = zalo.textsTo(c.userId);
    assertTrue(texts.get(0).startsWith("Chào mừng"), "in the order they were decided");
    assertTrue(texts.get(1).startsWith("Bạn có thể"));
    assertTrue(texts.get(2).contains("chia sẻ vị trí"));
  }

  @Test
  void aDraftIsKeptBetweenMessagesAndAnAbandonedOneExpiresPolitely() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.text(ZaloCitizen.msgId(), "Cây đổ chắn ngang đường Nguyễn Trãi"));
    lastReply(c, 1);
    String draft = db.string("SELECT draft_json FROM zalo_draft WHERE user_id = ?", c.userId);
    assertTrue(draft.contains("Cây đổ chắn ngang đường Nguyễn Trãi"), draft);
    try (var conn = database.pool().getConnection();
        var s = conn.prepareStatement(
            "UPDATE zalo_draft SET expires_at = '2020-01-01 00:00:00.000' WHERE user_id = ?")) {
      s.setString(1, c.userId);
      s.executeUpdate();
    }
    expiry.sweep();
    assertTrue(lastReply(c, 2).contains("đã được hủy để bảo vệ dữ liệu của bạn"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_draft WHERE user_id = ?", c.userId));
  }

  @Test
  void aDraftSurvivesARestartAndAnotherReplicaCarriesTheConversationOn() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.text(ZaloCitizen.msgId(), "Cột điện nghiêng sắp đổ ở đầu hẻm 7"));
    assertTrue(lastReply(c, 1).contains("chia sẻ vị trí"));
    // A second instance on the same database: a restarted process, or another replica.
    try (var replica = io.micronaut.context.ApplicationContext.run(EmbeddedServer.class,
        new java.util.HashMap<String, Object>(properties), "test")) {
      ZaloCitizen same = new ZaloCitizen(replica.getURL().toString(), ZaloTestSetup.APP_ID,
          ZaloTestSetup.OA_ID, ZaloTestSetup.OA_SECRET, c.userId);
      says(same, same.text(ZaloCitizen.msgId(), "Hẻm 7 đường Lý Thường Kiệt"));
      assertTrue(lastReply(c, 2).contains("Nhắn số tương ứng"), "the draft was remembered");
      assertTrue(db.string("SELECT draft_json FROM zalo_draft WHERE user_id = ?", c.userId)
          .contains("Hẻm 7 đường Lý Thường Kiệt"));
    }
  }

  @Test
  void operatorsSeeTheZaloBacklogsAsMetrics() throws Exception {
    String management = vn.citizenhub.testsupport.ManagementPort.base(
        endpoints.getPort().orElseThrow());
    vn.citizenhub.testsupport.ManagementPort.assertOnlyThere(server.getURL().toString(),
        management);
    String metrics = vn.citizenhub.testsupport.ManagementPort.get(management + "/prometheus")
        .body();
    assertTrue(metrics.contains("hub_zalo_events_pending"), "events backlog gauge");
    assertTrue(metrics.contains("hub_zalo_replies_pending"), "replies backlog gauge");
  }

  @Test
  void unfollowAndWithdrawalStopMessagingAndDeleteTheConversationData() throws Exception {
    ZaloCitizen c = citizen();
    says(c, c.submitInfo("0987654321"));
    lastReply(c, 1);
    says(c, c.text(ZaloCitizen.msgId(), "Ống nước vỡ trước trường tiểu học Kim Đồng"));
    lastReply(c, 2);
    says(c, c.image(ZaloCitizen.msgId(), zalo.photoUrl("ong-nuoc")));
    assertTrue(lastReply(c, 3).contains("Đã nhận 1 ảnh"));
    String listed = db.string("SELECT file_path FROM zalo_media WHERE user_id = ?", c.userId);
    assertTrue(listed.startsWith("store:zalo/tayninh/"), listed);
    Path photo = Path.of(properties.get("hub.attachments.folder"))
        .resolve(listed.substring("store:".length()));
    assertArrayEquals(FakeZalo.PHOTO, Files.readAllBytes(photo),
        "the photo is kept in the attachment store, listed under its sender");
    says(c, c.unfollow());
    await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
        "SELECT COUNT(*) FROM zalo_data_request WHERE user_hash = SHA2(?, 256)", c.userId) == 1);
    assertFalse(Files.exists(photo), "the erasure deletes the user's photos");
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_media WHERE user_id = ?", c.userId));
    assertTrue(db.string("SELECT outcome FROM zalo_data_request WHERE user_hash = SHA2(?, 256)",
        c.userId).contains("1 photo(s)"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_draft WHERE user_id = ?", c.userId));
    assertNull(db.string("SELECT phone FROM zalo_user WHERE user_id = ?", c.userId));
    assertNotNull(db.string("SELECT opted_out_at FROM zalo_user WHERE user_id = ?", c.userId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?"
        + " AND body IS NOT NULL", c.userId));
    // The unfollow is handled (its data request recorded above); a goodbye queued with it
    // would go out within a poll of the reply sender (200 ms in tests), so the count must hold.
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertEquals(3, zalo.textsTo(c.userId).size(), "nothing is said after an unfollow"));

    ZaloCitizen w = citizen();
    says(w, w.text(ZaloCitizen.msgId(), "Tiếng ồn karaoke sau 22 giờ ở khu phố 3"));
    lastReply(w, 1);
    says(w, w.withdraw());
    await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
        "SELECT COUNT(*) FROM zalo_data_request WHERE kind = 'WITHDRAW' AND user_hash = SHA2(?, 256)",
        w.userId) == 1);
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_draft WHERE user_id = ?", w.userId));
  }
}
