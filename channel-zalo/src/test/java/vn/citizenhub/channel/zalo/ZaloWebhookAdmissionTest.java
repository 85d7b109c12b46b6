package vn.citizenhub.channel.zalo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.zalo.webhook.EventSignature;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * What the webhook answers Zalo under load. Zalo retries an event it did not get a 200 for (after
 * 30 s, then for hours, and then drops the OA's subscription), so an event the inbox kept is
 * always a 200, however far the conversation behind it has fallen behind; only an event the inbox
 * could not keep in time is a 503 (with {@code Retry-After} and a bilingual reason), and then
 * nothing was kept: Zalo's retry is stored and answered once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloWebhookAdmissionTest implements TestPropertyProvider {

  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();
  private final HttpClient http = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    return ZaloTestSetup.properties("zalo_admission", zalo, core);
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

  /** Posts a signed event as Zalo does; the whole answer. */
  private HttpResponse<String> post(String body) throws Exception {
    String timestamp = ContractJson.mapper().readTree(body).path("timestamp").asText();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/zalo/webhook"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .header("X-ZEvent-Signature", EventSignature.sign(ZaloTestSetup.APP_ID, bytes, timestamp,
            ZaloTestSetup.OA_SECRET))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anEventTheInboxKeptIsA200WhileTheConversationBehindItIsStalled() throws Exception {
    ZaloCitizen c = citizen();
    assertEquals(200, c.send(c.follow()));
    await().atMost(Duration.ofSeconds(15)).until(() -> zalo.textsTo(c.userId).size() == 1);
    try (Connection stall = database.pool().getConnection()) {
      stall.setAutoCommit(false);
      try (var s = stall.prepareStatement(
          "SELECT user_id FROM zalo_user WHERE user_id = ? FOR UPDATE")) {
        s.setString(1, c.userId);
        s.executeQuery().close();
      }
      // The user's steps wait for the row: their conversation is stalled behind the webhook.
      for (String words : new String[] {"trợ giúp", "alo", "menu"}) {
        HttpResponse<String> answer = post(c.text(ZaloCitizen.msgId(), words));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("ok", ContractJson.mapper().readTree(answer.body()).path("status").asText());
      }
      assertEquals(3, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?"
          + " AND state = 'NEW'", c.userId), "kept, and not yet processed");
      stall.rollback();
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() == 4);
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE user_id = ?"
        + " AND state <> 'DONE'", c.userId), "each processed once the row was free");
  }

  @Test
  void anEventTheInboxCouldNotKeepInTimeIsA503AndKeepsNothing() throws Exception {
    ZaloCitizen c = citizen();
    String msgId = ZaloCitizen.msgId();
    String body = c.text(msgId, "Cống thoát nước bị nghẹt ở đường Trưng Nữ Vương");
    HttpResponse<String> refused;
    try (Connection hold = database.pool().getConnection()) {
      hold.setAutoCommit(false);
      // An uncommitted row with the event's key: the inbox's insert waits on it past the
      // answer's deadline, as it would behind a database that stopped answering.
      try (var s = hold.prepareStatement("INSERT INTO zalo_inbox (oa_name, dedupe_key,"
          + " event_name, user_id, body, received_at, state, attempts, next_attempt_at)"
          + " VALUES ('tayninh', ?, 'user_send_text', 'held', NULL, ?, 'DONE', 0, ?)")) {
        s.setString(1, "msg:" + msgId);
        s.setObject(2, UtcTime.column(Instant.now()));
        s.setObject(3, UtcTime.column(Instant.now()));
        s.executeUpdate();
      }
      refused = post(body);
      hold.rollback();
    }
    assertEquals(503, refused.statusCode(), refused.body());
    assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
    JsonNode error = ContractJson.mapper().readTree(refused.body());
    assertEquals("NOT_RECEIVED", error.path("error").asText());
    assertTrue(error.path("message").asText().contains("chưa nhận được"), refused.body());
    assertTrue(error.path("messageEn").asText().contains("could not be received"),
        refused.body());
    assertEquals(0, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key = ?",
        "msg:" + msgId), "a 503 kept nothing");

    // Zalo sends it again (30 s later in real life): kept once, answered once.
    assertEquals(200, post(body).statusCode());
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() == 1);
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key = ?"
        + " AND state = 'DONE'", "msg:" + msgId));
    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
        .until(() -> zalo.textsTo(c.userId).size() == 1);
  }
}
