package vn.citizenhub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * In the all-in-one hub every module shares one port: the citizen portal's pages answer there
 * to anyone (no staff sign-in, a stale staff cookie changes nothing), no other module's route
 * shadows them, and the files the portal shares with the tracking page have one owner.
 */
@MicronautTest(transactional = false)
class PortalRoutesTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("e2e_portal");
  }

  @Test
  void thePortalIsPublicOnTheHubsOnePort() throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("/", "text/html; charset=utf-8");
    types.put("/report", "text/html; charset=utf-8");
    types.put("/track", "text/html; charset=utf-8");
    types.put("/portal/report.js", "text/javascript; charset=utf-8");
    types.put("/portal/pow-worker.js", "text/javascript; charset=utf-8");
    types.put("/portal-shared/portal.js", "text/javascript; charset=utf-8");
    types.put("/portal-shared/portal.css", "text/css; charset=utf-8");
    types.put("/portal/leaflet/leaflet.js", "text/javascript; charset=utf-8");
    types.put("/portal/leaflet/images/marker-icon.png", "image/png");
    for (var expected : types.entrySet()) {
      for (String cookie : new String[] {null, "HUB_STAFF=stale.session.value"}) {
        HttpResponse<String> answer = get(expected.getKey(), cookie);
        assertEquals(200, answer.statusCode(), expected.getKey() + " with cookie " + cookie);
        assertEquals(expected.getValue(),
            answer.headers().firstValue("Content-Type").orElse(""), expected.getKey());
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("")
            .contains("script-src 'self';"), expected.getKey());
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), expected.getKey());
      }
    }
    JsonNode settings = ContractJson.mapper().readTree(get("/api/web/portal-settings", null).body());
    assertTrue(settings.path("map").path("tiles").isMissingNode(), "no tiles by default");
    assertEquals(5, settings.path("maxPhotos").asInt());
    assertEquals(401, get("/api/staff/me", null).statusCode(), "the staff API stays closed");
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.getPort() + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
