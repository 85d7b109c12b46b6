package vn.citizenhub.channel.hotline.events;

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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.PhoneSystem;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The phone-system events' admission control, with one recording thread and a queue of one so
 * that the limits are reached by a handful of events: past the queue an event is refused at
 * once, an event still waiting when its time is up is answered 503 and never recorded, and the
 * phone system's repeat of it is then recorded once. Every 503 carries {@code Retry-After} and a
 * bilingual reason. (Outcomes, not times, are asserted.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneEventAdmissionTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject BoundedEventLog log;
  private final HttpClient http = HttpClient.newHttpClient();
  private SqlProbe sql;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_admission"));
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.hotline.events.record-threads", "1");
    p.put("hub.hotline.events.record-queue", "1");
    return p;
  }

  @BeforeAll
  void probe() {
    sql = new SqlProbe(database.pool());
  }

  private CompletableFuture<HttpResponse<String>> send(String type, String callId) {
    byte[] body = PhoneSystem.event(type, callId, "0912345678", "101", Instant.now())
        .getBytes(StandardCharsets.UTF_8);
    return http.sendAsync(HttpRequest.newBuilder(
            URI.create(server.getURL() + "/api/hotline/calls/events"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header(EventSignature.HEADER, EventSignature.sign(PhoneSystem.SECRET, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long recorded(String callId, String type) {
    return sql.count("SELECT COUNT(*) FROM hotline_call_event WHERE call_id = ? AND type = ?",
        callId, type);
  }

  private static void assertRefused(HttpResponse<String> answer) throws Exception {
    assertEquals(503, answer.statusCode(), answer.body());
    assertEquals("5", answer.headers().firstValue("Retry-After").orElse(null));
    JsonNode error = ContractJson.mapper().readTree(answer.body());
    assertEquals("NOT_RECORDED", error.path("error").asText());
    assertTrue(error.path("message").asText().contains("chưa ghi nhận"), answer.body());
    assertTrue(error.path("messageEn").asText().contains("could not be recorded"), answer.body());
  }

  @Test
  void pastTheQueueAnEventIsRefusedAndOneThatWaitedTooLongIsNeverRecorded() throws Exception {
    String a = "adm-a-" + UUID.randomUUID();
    String b = "adm-b-" + UUID.randomUUID();
    String c = "adm-c-" + UUID.randomUUID();
    assertEquals(202, send("ringing", a).get().statusCode());

    CompletableFuture<HttpResponse<String>> held;
    CompletableFuture<HttpResponse<String>> waiting;
    try (Connection lock = database.pool().getConnection()) {
      lock.setAutoCommit(false);
      try (var s = lock.prepareStatement(
          "SELECT call_id FROM hotline_call WHERE call_id = ? FOR UPDATE")) {
        s.setString(1, a);
        s.executeQuery().close();
      }
      // The one recording thread waits for call A's row; B waits for the thread; C finds no room
      // (refused by the edge's admission, before its signature is checked).
      held = send("answered", a);
      await().atMost(Duration.ofSeconds(20)).until(() -> log.recording() == 1);
      waiting = send("ringing", b);
      await().atMost(Duration.ofSeconds(20)).until(() -> log.waiting() == 1);
      assertRefused(send("ringing", c).get());
      assertRefused(waiting.get()); // its time ran out while it waited
      assertRefused(held.get()); // its time ran out while the database made it wait
      lock.rollback();
    }

    // A's answer was being written when its time ran out: it may land after its 503 (and does,
    // once the row is free). B never started, so it never lands, even after the thread is free.
    await().atMost(Duration.ofSeconds(20))
        .until(() -> recorded(a, "ANSWERED") == 1 && log.waiting() == 0);
    String d = "adm-d-" + UUID.randomUUID();
    assertEquals(202, send("ringing", d).get().statusCode());
    assertEquals(1, recorded(d, "RINGING"));
    assertEquals(0, recorded(b, "RINGING"), "answered 503 while waiting: never recorded");
    assertEquals(0, recorded(c, "RINGING"), "refused at once: never recorded");
    assertEquals(0, sql.count("SELECT COUNT(*) FROM hotline_call WHERE call_id IN (?, ?)", b, c));

    // The phone system sends the refused events again: each is recorded, once.
    HttpResponse<String> again = send("ringing", b).get();
    assertEquals(202, again.statusCode(), again.body());
    assertTrue(ContractJson.mapper().readTree(again.body()).path("recorded").asBoolean());
    HttpResponse<String> repeat = send("answered", a).get();
    assertEquals(202, repeat.statusCode(), repeat.body());
    assertEquals(false, ContractJson.mapper().readTree(repeat.body()).path("recorded")
        .asBoolean(true), "A's answer, kept after its 503, counts once");
    assertEquals(1, recorded(b, "RINGING"));
    assertEquals(1, recorded(a, "ANSWERED"));
  }
}
