package vn.citizenhub.core.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.citizenhub.core.publicapi.PublicRateLimitTest.lookup;
import static vn.citizenhub.core.publicapi.PublicRateLimitTest.status;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The test client stands for a trusted reverse proxy, and, when it forwards for nobody, for one of
 * the hub's own channel services in the same network (as in the Kubernetes deployment, where the
 * ingress and the services share the pod network): the client the proxy forwards for is limited;
 * the service's own calls are not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProxyRateLimitTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_proxylimit"));
    p.put("hub.public-api.rate-limit.per-minute", "6");
    p.put("hub.public-api.rate-limit.burst", "3");
    p.put("hub.http.trusted-proxies", "127.0.0.0/8,::1");
    p.put("hub.public-api.rate-limit.internal-callers", "127.0.0.0/8,::1");
    return p;
  }

  @Test
  void fromATrustedProxyEachForwardedClientHasItsOwnBudget() {
    for (int client = 0; client < 4; client++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(HttpStatus.NOT_FOUND, status(http, lookup("WDKE6DNUT6", "203.0.113." + client)),
            "client " + client + " lookup " + i);
      }
    }
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, status(http, lookup("WDKE6DNUT6", "203.0.113.2")));
  }

  @Test
  void whatTheClientWroteLeftOfTheProxysHopIsIgnored() {
    for (int i = 0; i < 3; i++) {
      assertEquals(HttpStatus.NOT_FOUND, status(http, HttpRequest.GET("/api/public/tickets/WDKE6DNUT6")
          .header("X-Forwarded-For", "10.9.9." + i + ", 192.0.2.77")));
    }
    assertEquals(HttpStatus.TOO_MANY_REQUESTS, status(http, HttpRequest
        .GET("/api/public/tickets/WDKE6DNUT6").header("X-Forwarded-For", "10.9.9.200, 192.0.2.77")),
        "the client is the right-most untrusted hop, 192.0.2.77, whatever it put before it");
  }

  @Test
  void theHubsOwnServicesAreNotCountedWhileTheClientsTheyForwardForAre() {
    for (int i = 0; i < 12; i++) {
      assertEquals(HttpStatus.NOT_FOUND, status(http,
          HttpRequest.GET("/api/public/tickets/WDKE6DNUT6")), "a channel's own lookup " + i);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(HttpStatus.NOT_FOUND, status(http, lookup("WDKE6DNUT6", "198.51.100.9")));
    }
    assertEquals(HttpStatus.TOO_MANY_REQUESTS,
        status(http, lookup("WDKE6DNUT6", "198.51.100.9")));
  }
}
