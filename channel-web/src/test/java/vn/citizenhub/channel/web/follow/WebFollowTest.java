package vn.citizenhub.channel.web.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.pow.ProofOfWorkSolver;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * {@code POST /api/web/follow} against a real broker and database, hub-core's tracking API played
 * by a local server: an open ticket is followed (a FOLLOW intake on the topic, an honest answer);
 * an unknown code, a ticket with an outcome, a missing proof of work, a form without a way to
 * reach the citizen, or hub-core out of reach are refused in both languages with nothing stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFollowTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CORE = new RecordedCatalogServer();
  private static final int DIFFICULTY = 8;

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_follow"));
    p.put("hub.core.url", CORE.url());
    p.put("hub.web.proof-of-work.enabled", "true");
    p.put("hub.web.proof-of-work.difficulty", Integer.toString(DIFFICULTY));
    p.put("hub.web.proof-of-work.secret", "a-shared-secret-of-thirty-two-chars-or-more");
    return p;
  }

  @AfterAll
  void stop() {
    CORE.close();
  }

  private record Answer(int status, JsonNode body) {}

  private static String form(String code, String phone, String email) {
    return """
        {"trackingCode": "%s", "name": "Lê Thị Hoa", "phone": %s, "email": %s,
         "citizenRef": "device-7f3c", "consent": {"given": true, "textVersion": "web-2025-07"}}
        """.formatted(code, phone == null ? "null" : "\"" + phone + "\"",
        email == null ? "null" : "\"" + email + "\"");
  }

  private String proof() throws Exception {
    JsonNode c = ContractJson.mapper().readTree(http.toBlocking().retrieve("/api/web/challenge"));
    return ProofOfWorkSolver.header(c.path("challenge").asText(), c.path("difficulty").asInt());
  }

  private Answer post(String body, boolean withProof) throws Exception {
    MutableHttpRequest<String> request = HttpRequest.POST("/api/web/follow", body)
        .contentType(MediaType.APPLICATION_JSON);
    if (withProof) {
      request.header("X-Pow", proof());
    }
    try {
      var response = http.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), ContractJson.mapper().readTree(response.body()));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(), ContractJson.mapper()
          .readTree(e.getResponse().getBody(String.class).orElse("{}")));
    }
  }

  private long intakeRows() throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM channel_intake_outbox");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anOpenTicketIsFollowedThroughAFollowIntake() throws Exception {
    String code = TrackingCode.generate(Channel.WEB).value();
    CORE.ticket(code, "IN_PROGRESS");
    Answer answer = post(form(new TrackingCode(code).display().toLowerCase(), null,
        "hoa.le@example.vn"), true);
    assertEquals(202, answer.status(), answer.toString());
    assertEquals(new TrackingCode(code).display(), answer.body().path("trackingCode").asText());
    assertEquals("FOLLOWING", answer.body().path("status").asText());
    assertTrue(answer.body().path("message").asText().contains("theo dõi"));
    assertFalse(answer.body().path("messageEn").asText().isBlank());
    assertTrue(answer.body().path("trackingUrl").asText().endsWith(code));

    var records = KafkaProbe.readUntil(Topics.INTAKE, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(code)), Duration.ofSeconds(20));
    JsonNode envelope = ContractJson.mapper().readTree(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow());
    assertEquals("FOLLOW", envelope.path("payload").path("type").asText());
    assertEquals(code, envelope.path("trackingCode").asText());
    assertEquals("WEB", envelope.path("channel").asText());
    assertEquals("web:device-7f3c", envelope.path("citizen").path("identity").asText());
    assertEquals("hoa.le@example.vn", envelope.path("citizen").path("email").asText());
    assertTrue(envelope.path("payload").path("consent").path("given").asBoolean());
  }

  @Test
  void anUnknownCodeOrATicketWithAnOutcomeIsRefusedBeforeAnythingIsStored() throws Exception {
    long before = intakeRows();
    String unknown = TrackingCode.generate(Channel.WEB).value();
    Answer notFound = post(form(unknown, "0912 345 678", null), true);
    assertEquals(404, notFound.status(), notFound.toString());
    assertEquals("TICKET_NOT_FOUND", notFound.body().path("error").asText());
    assertTrue(notFound.body().path("message").asText().startsWith("Không tìm thấy"));

    String resolved = TrackingCode.generate(Channel.ZALO).value();
    CORE.ticket(resolved, "RESOLVED");
    Answer closed = post(form(resolved, "0912 345 678", null), true);
    assertEquals(409, closed.status(), closed.toString());
    assertEquals("TICKET_CLOSED", closed.body().path("error").asText());
    assertFalse(closed.body().path("messageEn").asText().isBlank());

    String open = TrackingCode.generate(Channel.ZALO).value();
    CORE.ticket(open, "ROUTED");
    CORE.trackingDown(true);
    try {
      Answer down = post(form(open, "0912 345 678", null), true);
      assertEquals(503, down.status(), down.toString());
      assertEquals("NOT_RECEIVED", down.body().path("error").asText());
    } finally {
      CORE.trackingDown(false);
    }
    assertEquals(before, intakeRows());
  }

  @Test
  void aFollowNeedsAProofOfWorkAValidFormAndAWayToTellTheCitizen() throws Exception {
    long before = intakeRows();
    String open = TrackingCode.generate(Channel.WEB).value();
    CORE.ticket(open, "ROUTED");
    Answer noProof = post(form(open, "0912 345 678", null), false);
    assertEquals(403, noProof.status());
    assertEquals("PROOF_OF_WORK_REQUIRED", noProof.body().path("error").asText());

    Map<String, String> invalid = Map.of(
        form(open, null, null), "CONTACT_REQUIRED",
        form("W0000", "0912 345 678", null), "INVALID_TRACKING_CODE",
        form(open, "12345", null), "INVALID_PHONE",
        form(open, null, "not-an-email"), "INVALID_EMAIL",
        form(open, "0912 345 678", null).replace("\"given\": true", "\"given\": false"),
        "CONSENT_REQUIRED");
    for (Map.Entry<String, String> c : invalid.entrySet()) {
      Answer a = post(c.getKey(), true);
      assertEquals(400, a.status(), c.getKey() + ": " + a);
      assertEquals("VALIDATION_FAILED", a.body().path("error").asText());
      assertTrue(a.body().path("fields").findValuesAsText("code").contains(c.getValue()),
          a.toString());
    }
    Answer malformed = post("{\"trackingCode\": ", true);
    assertEquals(400, malformed.status());
    assertEquals("MALFORMED_JSON", malformed.body().path("error").asText());
    assertEquals(before, intakeRows());
  }
}
