package vn.citizenhub.channel.zalo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.channel.zalo.outbound.OaApi;
import vn.citizenhub.channel.zalo.outbound.ZaloNotificationSender;
import vn.citizenhub.channel.zalo.outbound.ZaloUnavailable;
import vn.citizenhub.channel.zalo.token.OAuthClient;
import vn.citizenhub.channel.zalo.token.TokenStore;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestKafka;

/**
 * Notices to citizens through the fake OA API, each of Zalo's error codes handled as the
 * reference table says, and the OA's tokens: refreshed ahead of expiry, once across replicas,
 * the rotated refresh token saved.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloOutboundTest implements TestPropertyProvider {

  private static final String PUBLIC_URL = "https://phananh.tayninh.gov.vn";
  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject ZaloNotificationSender sender;
  @Inject TokenStore tokens;
  @Inject OAuthClient oauth;
  @Inject OaDirectory oas;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new java.util.HashMap<>(
        ZaloTestSetup.properties("zalo_out", zalo, core));
    p.put("hub.public-url", PUBLIC_URL);
    return p;
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

  /** A citizen who just followed the OA (so inside the window); their welcome is received. */
  private ZaloCitizen follower(String appId, String oaId, String secret) throws Exception {
    ZaloCitizen c = new ZaloCitizen(server.getURL().toString(), appId, oaId, secret);
    assertEquals(200, c.send(c.follow()));
    await().atMost(Duration.ofSeconds(10)).until(() -> zalo.textsTo(c.userId).size() == 1);
    return c;
  }

  private ZaloCitizen follower() throws Exception {
    return follower(ZaloTestSetup.APP_ID, ZaloTestSetup.OA_ID, ZaloTestSetup.OA_SECRET);
  }

  private static Notification notice(String identity, String text) {
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, Instant.now(), Channel.ZALO, identity,
        TrackingCode.generate(Channel.ZALO).value(), text, "An officer answered.",
        new Notification.Contact("+84912345678", null));
  }

  private void lastInteraction(String userId, Instant at) throws Exception {
    try (var c = database.pool().getConnection(); var s = c.prepareStatement(
        "UPDATE zalo_user SET last_interaction_at = ? WHERE user_id = ?")) {
      s.setObject(1, UtcTime.column(at));
      s.setString(2, userId);
      s.executeUpdate();
    }
  }

  /**
   * Waits until the app's circuit breaker lets calls through again (closed, or half-open once
   * its open period is over): a probe notice is sent. With no scripted error pending, the only
   * way the probe fails is the breaker refusing the call, which the sender reports as
   * {@link ZaloUnavailable}.
   */
  private void awaitBreakerLetsCallsThrough(String who) {
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
        .ignoreException(ZaloUnavailable.class)
        .until(() -> sender.send(notice(who, "Kiểm tra kết nối")).status() == DeliveryStatus.SENT);
  }

  @Test
  void insideTheWindowANoticeIsAConsultationMessageAndItsAnswerAFollowUp() throws Exception {
    ZaloCitizen c = follower();
    Notification n = notice("zalo:" + c.userId, "UBND phường Tân An trả lời: đã thay bóng đèn.");
    DeliveryOutcome outcome = sender.send(n);
    assertEquals(DeliveryStatus.SENT, outcome.status());
    String text = zalo.textsTo(c.userId).get(1);
    assertTrue(text.startsWith("UBND phường Tân An trả lời: đã thay bóng đèn."));
    assertTrue(text.contains("đánh giá " + new TrackingCode(n.trackingCode()).display()));
    assertEquals(n.trackingCode(), db.string(
        "SELECT reply_ticket_code FROM zalo_user WHERE user_id = ?", c.userId));
  }

  @Test
  void anOutcomeWithAFeedbackTokenCarriesTheCitizensPrivateRatingLink() throws Exception {
    ZaloCitizen c = follower();
    Notification plain = notice("zalo:" + c.userId, "Đã giải quyết (Đã khắc phục). "
        + "Đã thay bóng đèn. ".repeat(150));
    String token = "Zq8_-kQ9zXcVbNm1234567890qw";
    Notification n = new Notification(plain.schema(), plain.id(), plain.kind(),
        plain.occurredAt(), plain.channel(), plain.citizenIdentity(), plain.trackingCode(),
        plain.messageVi(), plain.messageEn(), plain.contact(), token);
    assertEquals(DeliveryStatus.SENT, sender.send(n).status());
    String text = zalo.textsTo(c.userId).get(1);
    assertTrue(text.length() <= OaApi.MAX_TEXT, "a long answer is shortened, the link kept");
    List<String> lines = List.of(text.split("\n"));
    java.net.URI link = java.net.URI.create(lines.get(lines.size() - 1));
    assertEquals("phananh.tayninh.gov.vn", link.getHost());
    assertEquals("/track", link.getPath());
    assertEquals("code=" + new TrackingCode(n.trackingCode()).display(), link.getQuery());
    assertEquals("k=" + token, link.getFragment());
    assertTrue(lines.get(lines.size() - 2).startsWith("Hoặc đánh giá, báo chưa khắc phục"),
        lines.get(lines.size() - 2));

    assertEquals(DeliveryStatus.SENT, sender.send(notice("zalo:" + c.userId,
        "Cơ quan xử lý đề nghị bạn cho biết số nhà.")).status());
    assertTrue(zalo.textsTo(c.userId).get(2).lines().noneMatch(l -> l.contains("#k=")),
        "a notice without a token carries no private link");
  }

  @Test
  void zalosErrorCodesAreHandledAsTheReferenceSays() throws Exception {
    ZaloCitizen c = follower();
    String who = "zalo:" + c.userId;
    zalo.failNext(-213);
    DeliveryOutcome notFollower = sender.send(notice(who, "Thông báo 1"));
    assertEquals(DeliveryStatus.FAILED, notFollower.status());
    assertTrue(notFollower.detailVi().contains("không còn quan tâm"), notFollower.detailVi());
    zalo.failNext(-227);
    assertEquals(DeliveryStatus.FAILED, sender.send(notice(who, "Thông báo 2")).status());
    zalo.failNext(-244);
    assertEquals(DeliveryStatus.FAILED, sender.send(notice(who, "Thông báo 3")).status());
    zalo.failNext(-248);
    assertEquals(DeliveryStatus.FAILED, sender.send(notice(who, "Thông báo 3b")).status());
    zalo.failNext(-201);
    assertEquals(DeliveryStatus.FAILED, sender.send(notice(who, "Thông báo 3c")).status());
    zalo.failNext(-232);
    assertEquals(DeliveryStatus.HANDED_BACK, sender.send(notice(who, "Thông báo 3d")).status());
    int refreshes = zalo.refreshes.get();
    zalo.failNext(-220); // expired token: refreshed once, sent on the second try
    assertEquals(DeliveryStatus.SENT, sender.send(notice(who, "Thông báo 3e")).status());
    assertEquals(refreshes + 1, zalo.refreshes.get());
    zalo.failNext(-230);
    DeliveryOutcome window = sender.send(notice(who, "Thông báo 4"));
    assertEquals(DeliveryStatus.HANDED_BACK, window.status(), "no template: back to SMS");
    assertTrue(window.detailVi().contains("7 ngày"));
    assertEquals(DeliveryStatus.HANDED_BACK,
        sender.send(notice("zalo:4820000000000000000", "Không ai")).status());

    int calls = zalo.messageCalls.get();
    zalo.failNext(-32, -32, -32);
    assertThrows(ZaloUnavailable.class, () -> sender.send(notice(who, "Thông báo 5")),
        "a rate limit is transient: the plumbing retries later");
    assertEquals(calls + 3, zalo.messageCalls.get(), "backed off and tried three times");
    // The breaker may have opened; the scripted errors below must reach Zalo, not an open
    // breaker, so wait until it lets calls through again.
    awaitBreakerLetsCallsThrough(who);
    int quotaCalls = zalo.messageCalls.get();
    zalo.failNext(-211, -211, -211);
    assertThrows(ZaloUnavailable.class, () -> sender.send(notice(who, "Thông báo 6")));
    // Every scripted error was used up, so the probe below can only fail on an open breaker.
    assertEquals(quotaCalls + 3, zalo.messageCalls.get(), "tried three times while out of quota");
    awaitBreakerLetsCallsThrough(who);
    DeliveryOutcome later = sender.send(notice(who, "Thông báo 7"));
    assertEquals(DeliveryStatus.SENT, later.status());
  }

  @Test
  void aRevokedTokenIsRefreshedOnceAndTheMessageSentAgain() throws Exception {
    ZaloCitizen c = follower();
    int before = zalo.refreshes.get();
    zalo.revokeAccessTokens();
    assertEquals(DeliveryStatus.SENT, sender.send(notice("zalo:" + c.userId, "Sau -216")).status());
    assertEquals(before + 1, zalo.refreshes.get());
    assertEquals(zalo.currentRefreshToken(ZaloTestSetup.APP_ID), db.string(
        "SELECT refresh_token FROM zalo_oa_token WHERE oa_name = 'tayninh'"),
        "the rotated refresh token is saved");
  }

  @Test
  void outsideTheWindowATemplateWhereApprovedElseHandedBack() throws Exception {
    ZaloCitizen tayNinh = follower();
    lastInteraction(tayNinh.userId, Instant.now().minus(Duration.ofDays(8)));
    int calls = zalo.messageCalls.get();
    assertEquals(DeliveryStatus.HANDED_BACK,
        sender.send(notice("zalo:" + tayNinh.userId, "Quá hạn")).status());
    assertEquals(calls, zalo.messageCalls.get(), "nothing is sent that Zalo would refuse");

    ZaloCitizen hue = follower(ZaloTestSetup.HUE_APP_ID, ZaloTestSetup.HUE_OA_ID,
        ZaloTestSetup.HUE_SECRET);
    lastInteraction(hue.userId, Instant.now().minus(Duration.ofDays(9)));
    Notification n = notice("zalo:" + hue.userId, "Phản ánh của bạn đã được giải quyết.");
    DeliveryOutcome outcome = sender.send(n);
    assertEquals(DeliveryStatus.SENT, outcome.status());
    assertTrue(outcome.detailVi().contains("ZNS"));
    var template = zalo.templates.get(zalo.templates.size() - 1);
    assertEquals("84912345678", template.path("phone").asText());
    assertEquals("tpl-hue-1", template.path("template_id").asText());
    assertEquals(n.id(), template.path("tracking_id").asText());
  }

  @Test
  void exactlyOneReplicaRefreshesAndTheOthersUseItsPair() throws Exception {
    tokens.accessToken(oas.byName("hue").orElseThrow()); // the row exists
    try (var c = database.pool().getConnection(); var s = c.prepareStatement(
        "UPDATE zalo_oa_token SET access_expires_at = ? WHERE oa_name = 'hue'")) {
      s.setObject(1, UtcTime.column(Instant.now().plus(Duration.ofHours(4)))); // due: < 5 h left
      s.executeUpdate();
    }
    int before = zalo.refreshes.get();
    List<TokenStore> replicas = List.of(
        new TokenStore(database, oauth, oas, Duration.ofHours(5)),
        new TokenStore(database, oauth, oas, Duration.ofHours(5)),
        new TokenStore(database, oauth, oas, Duration.ofHours(5)));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> got = pool.invokeAll(replicas.stream().map(r ->
          (Callable<String>) () -> r.accessToken(oas.byName("hue").orElseThrow())).toList());
      String first = got.get(0).get();
      for (Future<String> f : got) {
        assertEquals(first, f.get(), "every replica ends up with the same new token");
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(before + 1, zalo.refreshes.get(), "one refresh for three replicas");
    assertEquals(zalo.currentRefreshToken(ZaloTestSetup.HUE_APP_ID), db.string(
        "SELECT refresh_token FROM zalo_oa_token WHERE oa_name = 'hue'"));
    assertEquals(before + 1, zalo.refreshes.get());
    new TokenStore(database, oauth, oas, Duration.ofHours(5))
        .accessToken(oas.byName("hue").orElseThrow());
    assertEquals(before + 1, zalo.refreshes.get(), "a fresh token (25 h left) is not refreshed");
  }

  @Test
  void noRowIsLockedWhileZaloIsAskedForANewToken() throws Exception {
    tokens.accessToken(oas.byName("hue").orElseThrow()); // the row exists
    try (var c = database.pool().getConnection(); var s = c.prepareStatement(
        "UPDATE zalo_oa_token SET access_expires_at = ? WHERE oa_name = 'hue'")) {
      s.setObject(1, UtcTime.column(Instant.now().plus(Duration.ofHours(4)))); // due
      s.executeUpdate();
    }
    List<String> whileZaloAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();
    zalo.duringRefresh = () -> whileZaloAnswers.add(tryToLockTheRow("hue"));
    try {
      new TokenStore(database, oauth, oas, Duration.ofHours(5))
          .accessToken(oas.byName("hue").orElseThrow());
    } finally {
      zalo.duringRefresh = () -> {};
    }
    // Another replica (or an operator) could take the row while Zalo was being called.
    assertEquals(List.of("free"), whileZaloAnswers);
    assertEquals(null, db.string(
        "SELECT refresh_claimed_by FROM zalo_oa_token WHERE oa_name = 'hue'"), "claim ended");
    assertEquals(zalo.currentRefreshToken(ZaloTestSetup.HUE_APP_ID), db.string(
        "SELECT refresh_token FROM zalo_oa_token WHERE oa_name = 'hue'"), "new pair saved");
  }

  private String tryToLockTheRow(String oaName) {
    try (var c = database.pool().getConnection()) {
      c.setAutoCommit(false);
      try (var s = c.prepareStatement(
          "SELECT oa_name FROM zalo_oa_token WHERE oa_name = ? FOR UPDATE NOWAIT")) {
        s.setString(1, oaName);
        s.executeQuery().close();
        return "free";
      } catch (java.sql.SQLException e) {
        return "locked (" + e.getErrorCode() + ")";
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (java.sql.SQLException e) {
      return "no connection";
    }
  }

  @Test
  void aNoticeOnTheNotifyTopicReachesTheCitizenAndItsOutcomeTheTimeline() throws Exception {
    ZaloCitizen c = follower();
    Notification n = notice("zalo:" + c.userId, "Cơ quan xử lý đề nghị bạn cho biết số nhà.");
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(Topics.NOTIFY, n.citizenIdentity(),
          ContractJson.write(n))).get();
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() == 2);
    assertTrue(zalo.textsTo(c.userId).get(1).startsWith("Cơ quan xử lý đề nghị"));
    var reports = KafkaProbe.readUntil(Topics.INTAKE, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(n.id())), Duration.ofSeconds(20));
    String report = reports.stream().map(KafkaProbe::text).filter(t -> t.contains(n.id()))
        .findFirst().orElseThrow();
    var json = ContractJson.mapper().readTree(report);
    assertEquals("DELIVERY_REPORT", json.path("payload").path("type").asText());
    assertEquals("SENT", json.path("payload").path("status").asText());
  }
}
