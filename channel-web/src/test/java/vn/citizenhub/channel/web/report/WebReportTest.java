package vn.citizenhub.channel.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/** The web channel against a real broker and database, with hub-core's catalog recorded. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReportTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web"));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  static String form(String category, String description) {
    return """
        {"kind": "REPORT", "categoryCode": "%s", "description": "%s",
         "location": {"communeCode": "27712", "address": "12 Hùng Vương"},
         "name": "Lê Thị Cúc", "phone": "0901 234 567", "email": "cuc@example.vn",
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """.formatted(category, description);
  }

  private HttpResponse<String> post(String body, String idempotencyKey) {
    var request = HttpRequest.POST("/api/web/reports", body).contentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.toBlocking().exchange(request, String.class);
  }

  private HttpClientResponseException refused(String body) {
    try {
      post(body, null);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected the request to be refused");
  }

  private static JsonNode json(String text) throws Exception {
    return ContractJson.mapper().readTree(text);
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
  void aValidReportIsAcceptedWithATrackingCodeAndPublishedToKafka() throws Exception {
    HttpResponse<String> response = post(form("ROAD_DAMAGE", "Ổ gà lớn giữa đường, xe máy dễ té."), null);
    assertEquals(HttpStatus.ACCEPTED, response.getStatus());
    JsonNode answer = json(response.body());
    assertEquals("RECEIVED", answer.path("status").asText());
    String code = TrackingCode.parse(answer.path("trackingCode").asText()).orElseThrow().value();
    assertTrue(answer.path("message").asText().contains("Mã tra cứu"));

    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)), Duration.ofSeconds(20));
    JsonNode envelope = json(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow());
    assertEquals("hub.intake", envelope.path("schema").path("name").asText());
    assertEquals(1, envelope.path("schema").path("version").asInt());
    assertEquals("WEB", envelope.path("channel").asText());
    assertEquals("NEW_REPORT", envelope.path("payload").path("type").asText());
    assertEquals("web-2025-07", envelope.path("payload").path("consent").path("textVersion").asText());
  }

  @Test
  void theSameIdempotencyKeyGivesTheSameCodeAndOneIntake() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = form("STREET_LIGHT", "Đèn đường tắt cả tuần nay.");
    String first = json(post(body, key).body()).path("trackingCode").asText();
    long rows = intakeRows();
    HttpResponse<String> again = post(body, key);
    assertEquals(HttpStatus.ACCEPTED, again.getStatus());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first, json(again.body()).path("trackingCode").asText());
    assertEquals(rows, intakeRows(), "a replay stores nothing new");

    HttpClientResponseException reused = null;
    try {
      post(form("STREET_LIGHT", "Một phản ánh khác hẳn với cùng khóa."), key);
    } catch (HttpClientResponseException e) {
      reused = e;
    }
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, reused.getStatus());
  }

  @Test
  void malformedJsonIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
    long rows = intakeRows();
    HttpClientResponseException e = refused("{\"kind\": \"REPORT\", ");
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    JsonNode error = json(e.getResponse().getBody(String.class).orElseThrow());
    assertEquals("MALFORMED_JSON", error.path("error").asText());
    assertTrue(error.path("message").asText().contains("JSON hợp lệ"));
    assertEquals(rows, intakeRows());
  }

  @Test
  void anUnknownCategoryAndMissingConsentAreFieldErrors() throws Exception {
    long rows = intakeRows();
    String body = form("PARKING_METERS", "Không có mô tả nào hợp lệ hơn thế này.")
        .replace("\"given\": true", "\"given\": false");
    HttpClientResponseException e = refused(body);
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    JsonNode error = json(e.getResponse().getBody(String.class).orElseThrow());
    assertEquals("VALIDATION_FAILED", error.path("error").asText());
    Map<String, JsonNode> byField = new HashMap<>();
    error.path("fields").forEach(f -> byField.put(f.path("field").asText(), f));
    assertEquals("UNKNOWN_CATEGORY", byField.get("categoryCode").path("code").asText());
    assertEquals("Lĩnh vực không có trong danh mục của tỉnh",
        byField.get("categoryCode").path("messageVi").asText());
    assertEquals("CONSENT_REQUIRED", byField.get("consent.given").path("code").asText());
    assertEquals(rows, intakeRows());
  }

  @Test
  void aHugeBodyIsRefusedAsTooLarge() throws Exception {
    long rows = intakeRows();
    HttpClientResponseException e = refused(form("ROAD_DAMAGE", "x".repeat(200_000)));
    assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus());
    JsonNode error = json(e.getResponse().getBody(String.class).orElseThrow());
    assertEquals("BODY_TOO_LARGE", error.path("error").asText());
    assertEquals(rows, intakeRows());
  }
}
