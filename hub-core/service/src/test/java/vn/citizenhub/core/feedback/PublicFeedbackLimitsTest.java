package vn.citizenhub.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The feedback link's API and the interaction reports have limits of their own per client
 * address, tighter than the public API's: the next request is a bilingual 429 with Retry-After,
 * and an interaction refused is not counted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFeedbackLimitsTest implements TestPropertyProvider {

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_fb_limits"));
    p.put("hub.feedback.per-address-limit", "3");
    p.put("hub.feedback.per-address-period", "10m");
    p.put("hub.interactions.per-address-limit", "4");
    p.put("hub.interactions.per-address-period", "10m");
    return p;
  }

  private int post(String path, String body) {
    try {
      return http.toBlocking().exchange(HttpRequest.POST(path, body)
          .contentType(MediaType.APPLICATION_JSON_TYPE), String.class).code();
    } catch (HttpClientResponseException e) {
      if (e.getStatus().getCode() == 429) {
        assertTrue(e.getResponse().getHeaders().contains("Retry-After"));
        String text = e.getResponse().getBody(String.class).orElse("");
        assertTrue(text.contains("RATE_LIMITED") && text.contains("Bạn đã gửi quá nhiều"), text);
      }
      return e.getStatus().getCode();
    }
  }

  @Test
  void theFeedbackLinkAllowsAFewRequestsPerAddress() {
    String unknown = "{\"token\":\"" + FeedbackToken.mint() + "\"}";
    for (int i = 0; i < 3; i++) {
      assertEquals(404, post("/api/public/feedback/check", unknown));
    }
    assertEquals(429, post("/api/public/feedback/check", unknown));
    assertEquals(429, post("/api/public/feedback/rating", unknown), "one budget for the link");
  }

  @Test
  void interactionsAreLimitedPerAddressAndARefusalIsNotCounted() {
    SqlProbe db = new SqlProbe(database.pool());
    for (int i = 0; i < 4; i++) {
      assertEquals(204, post("/api/public/interactions", "{\"event\":\"VISIT\"}"));
    }
    assertEquals(429, post("/api/public/interactions", "{\"event\":\"VISIT\"}"));
    assertEquals(4, db.count("SELECT SUM(total) FROM interaction_count WHERE event = 'VISIT'"));
    assertFalse(db.count("SELECT COUNT(*) FROM interaction_count") == 0);
  }
}
