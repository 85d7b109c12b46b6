package vn.citizenhub.channel.web.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.citizenhub.channel.web.pow.ProofOfWorkSolver;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The web channel's abuse controls over a real broker and database: the proof of work, the
 * per-phone limit and the per-address limit, each refusal bilingual and storing nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Every test posts from the same peer, so the address's budget is spent last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAbuseControlTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final int DIFFICULTY = 8;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_abuse"));
    p.put("hub.core.url", CATALOG.url());
    p.put("hub.web.rate-limit.per-address-limit", "12");
    p.put("hub.web.rate-limit.per-address-period", "10m");
    p.put("hub.web.rate-limit.per-citizen-limit", "2");
    p.put("hub.web.rate-limit.per-citizen-period", "1h");
    p.put("hub.web.proof-of-work.enabled", "true");
    p.put("hub.web.proof-of-work.difficulty", Integer.toString(DIFFICULTY));
    p.put("hub.web.proof-of-work.secret", "a-shared-secret-of-thirty-two-chars-or-more");
    return p;
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  private static String form(String phone) {
    return """
        {"kind": "REPORT", "categoryCode": "ROAD_DAMAGE", "description": "Ổ gà lớn giữa đường.",
         "location": {"communeCode": "27712", "address": "12 Hùng Vương"},
         "name": "Lê Thị Cúc", "phone": "%s",
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """.formatted(phone);
  }

  private String solvedProof() throws Exception {
    JsonNode c = json(http.toBlocking().retrieve("/api/web/challenge"));
    assertTrue(c.path("required").asBoolean());
    assertEquals(DIFFICULTY, c.path("difficulty").asInt());
    return ProofOfWorkSolver.header(c.path("challenge").asText(), c.path("difficulty").asInt());
  }

  private record Answer(int status, JsonNode body, String retryAfter) {}

  private Answer post(String body, String proof, String forwardedFor) throws Exception {
    MutableHttpRequest<String> request = HttpRequest.POST("/api/web/reports", body)
        .contentType(MediaType.APPLICATION_JSON);
    if (proof != null) {
      request.header("X-Pow", proof);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor).header("X-Real-IP", forwardedFor);
    }
    try {
      var response = http.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), json(response.body()), null);
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(),
          json(e.getResponse().getBody(String.class).orElse("{}")),
          e.getResponse().header("Retry-After"));
    }
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
  @Order(1)
  void aReportNeedsAFreshProofOfWorkAndARefusalStoresNothing() throws Exception {
    long before = intakeRows();
    Answer missing = post(form("0911 000 001"), null, null);
    assertEquals(403, missing.status());
    assertEquals("PROOF_OF_WORK_REQUIRED", missing.body().path("error").asText());
    assertTrue(missing.body().path("message").asText().startsWith("Vui lòng tải lại trang"));
    assertTrue(missing.body().path("messageEn").asText().startsWith("Please reload the page"));
    assertEquals(before, intakeRows(), "nothing stored without the proof");

    String proof = solvedProof();
    assertEquals(202, post(form("0911 000 001"), proof, null).status());
    assertEquals(before + 1, intakeRows());

    Answer reused = post(form("0911 000 001"), proof, null);
    assertEquals(403, reused.status());
    assertEquals("PROOF_OF_WORK_REUSED", reused.body().path("error").asText());
    assertEquals(before + 1, intakeRows(), "nothing stored for a reused proof");
  }

  @Test
  @Order(2)
  void onePhoneIsLimitedHoweverItIsWrittenAndOthersAreNot() throws Exception {
    assertEquals(202, post(form("0912 345 678"), solvedProof(), null).status());
    assertEquals(202, post(form("+84912345678"), solvedProof(), null).status());
    long before = intakeRows();
    Answer refused = post(form("84 912 345 678"), solvedProof(), "198.51.100.9");
    assertEquals(429, refused.status());
    assertEquals("RATE_LIMITED", refused.body().path("error").asText());
    assertEquals("Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau.",
        refused.body().path("message").asText());
    assertEquals("Too many reports in a short time. Please try again later.",
        refused.body().path("messageEn").asText());
    long retryAfter = Long.parseLong(refused.retryAfter());
    assertTrue(retryAfter > 0 && retryAfter <= 3600, "within the hour: " + retryAfter);
    assertEquals(before, intakeRows(), "nothing stored for a refused report");
    assertEquals(202, post(form("0987 654 321"), solvedProof(), null).status(),
        "another phone behind the same address is not affected");
  }

  @Test
  @Order(3)
  void forgedForwardedHeadersDoNotDodgeTheAddressLimit() throws Exception {
    int accepted = 0;
    Answer last = null;
    for (int i = 0; i < 12; i++) {
      last = post(form("0903 000 " + String.format("%03d", i)), solvedProof(), "203.0.113." + i);
      if (last.status() != 202) {
        break;
      }
      accepted++;
    }
    // Twelve a window from this peer: seven were spent by the tests before, five remain.
    assertEquals(5, accepted, "the address's budget is the same whatever the header claims");
    assertEquals(429, last.status());
    assertEquals("RATE_LIMITED", last.body().path("error").asText());
  }
}
