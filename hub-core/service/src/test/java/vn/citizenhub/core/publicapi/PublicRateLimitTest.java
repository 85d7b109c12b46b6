package vn.citizenhub.core.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import vn.citizenhub.testsupport.HubTestProperties;

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

  @Test
  void aClientOverItsLimitIsToldToWaitInBothLanguages() {
    for (int i = 0; i < 5; i++) {
      assertEquals(HttpStatus.OK, http.toBlocking().exchange("/api/public/catalog").getStatus());
    }
    HttpClientResponseException e = null;
    try {
      http.toBlocking().exchange("/api/public/catalog");
    } catch (HttpClientResponseException refused) {
      e = refused;
    }
    assertNotNull(e, "the sixth request in a burst of five is refused");
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, e.getStatus());
    assertEquals("10", e.getResponse().header("Retry-After"));
    String body = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(body.contains("quá nhiều yêu cầu") && body.contains("Too many requests"), body);
  }
}
