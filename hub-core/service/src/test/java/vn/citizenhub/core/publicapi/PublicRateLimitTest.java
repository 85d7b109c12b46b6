package vn.citizenhub.core.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
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
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.testsupport.HubTestProperties;

/** No proxy is trusted (the default): forwarded headers from the client count for nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRateLimitTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_ratelimit"));
    p.put("hub.public-api.rate-limit.per-minute", "6");
    p.put("hub.public-api.rate-limit.burst", "5");
    return p;
  }

  static HttpRequest<?> lookup(String code, String forwardedFor) {
    return HttpRequest.GET("/api/public/tickets/" + code).header("X-Forwarded-For", forwardedFor)
        .header("Forwarded", "for=" + forwardedFor).header("X-Real-IP", forwardedFor);
  }

  static HttpStatus status(HttpClient http, HttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request).getStatus();
    } catch (HttpClientResponseException e) {
      return e.getStatus();
    }
  }

  @Test
  void spoofedForwardedHeadersFromAnUntrustedPeerDoNotDodgeTheLimit() throws Exception {
    for (int i = 0; i < 5; i++) {
      // Unknown codes: 404, but every lookup counts.
      assertEquals(HttpStatus.NOT_FOUND, status(http, lookup("WDKE6DNUT6", "198.51.100." + i)));
    }
    HttpClientResponseException refused = null;
    try {
      http.toBlocking().exchange(lookup("WDKE6DNUT6", "198.51.100.99"));
    } catch (HttpClientResponseException e) {
      refused = e;
    }
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, refused.getStatus(),
        "the sixth lookup is refused whatever address it claims");
    long retryAfter = Long.parseLong(refused.getResponse().header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 50, "five requests a 50 s window: " + retryAfter);
    JsonNode body = ContractJson.mapper().readTree(
        refused.getResponse().getBody(String.class).orElseThrow());
    assertEquals("RATE_LIMITED", body.path("error").asText());
    assertEquals("Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.",
        body.path("message").asText());
    assertEquals("Too many requests. Please try again in a few minutes.",
        body.path("messageEn").asText());
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, status(http, HttpRequest.GET("/api/public/catalog")),
        "the catalog shares the client's budget");
  }
}
