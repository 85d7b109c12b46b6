package vn.citizenhub.channel.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The web channel on its own serves the portal: its pages with the strict policy (no outside
 * image without map tiles), the files it shares with the tracking page (as hub-core would), the
 * Leaflet WebJar, and the QR code of a tracking link; nothing else on the class path.
 */
@MicronautTest(transactional = false)
class PortalFilesTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_files"));
    p.put("hub.public-url", "https://phananh.example.vn");
    return p;
  }

  @Test
  void pagesAndTheirFilesAreServedWithTheirTypesAndAStrictPolicy() throws Exception {
    Map<String, String> types = Map.of(
        "/", "text/html; charset=utf-8",
        "/report", "text/html; charset=utf-8",
        "/portal/report.js", "text/javascript; charset=utf-8",
        "/portal/pages.css", "text/css; charset=utf-8",
        "/portal-shared/fold.js", "text/javascript; charset=utf-8",
        "/portal-shared/favicon.svg", "image/svg+xml",
        "/portal/leaflet/leaflet.css", "text/css; charset=utf-8",
        "/portal/leaflet/images/marker-shadow.png", "image/png");
    for (var expected : types.entrySet()) {
      HttpResponse<byte[]> answer = get(expected.getKey());
      assertEquals(200, answer.statusCode(), expected.getKey());
      assertEquals(expected.getValue(), answer.headers().firstValue("Content-Type").orElse(""));
      String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
      if (expected.getValue().startsWith("text/html")) {
        // A page's policy: without map tiles, images from this origin only (blob: and data:
        // are the photo previews the page makes itself).
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'", policy);
      } else {
        assertTrue(policy.startsWith("default-src 'self'; script-src 'self';"), policy);
      }
    }
    for (String hidden : List.of("/portal/application.yml", "/portal/..%2Fapplication.yml",
        "/portal/leaflet/leaflet-src.js.map", "/portal/leaflet/LICENSE", "/portal/nothing.js",
        "/portal-shared/..%2Fweb-shared%2Fapi.js")) {
      assertEquals(404, get(hidden).statusCode(), hidden);
    }
  }

  @Test
  void theQrCodeIsAnSvgOfTheTrackingLinkAndOnlyForATrackingCode() throws Exception {
    TrackingCode code = TrackingCode.generate(Channel.WEB);
    HttpResponse<byte[]> svg = get("/api/web/tracking-qr/" + code.value().toLowerCase());
    assertEquals(200, svg.statusCode());
    assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
    assertEquals("default-src 'none'", svg.headers().firstValue("Content-Security-Policy").orElse(""));
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.body())).getDocumentElement();
    assertEquals("svg", root.getTagName());
    String[] box = root.getAttribute("viewBox").split(" ");
    assertEquals(box[2], box[3], "square");
    assertTrue(Integer.parseInt(box[2]) >= 21 + 8, "a QR code (21+ modules) with its quiet zone");
    assertEquals("Mã QR tra cứu " + code.display() + " / Tracking QR code " + code.display(),
        root.getElementsByTagName("title").item(0).getTextContent());

    HttpResponse<byte[]> refused = get("/api/web/tracking-qr/not-a-code");
    assertEquals(400, refused.statusCode());
    JsonNode error = ContractJson.mapper().readTree(new String(refused.body(), StandardCharsets.UTF_8));
    assertEquals("INVALID_TRACKING_CODE", error.path("error").asText());
    assertEquals("Mã tra cứu không đúng.", error.path("message").asText());
    assertEquals("This is not a valid tracking code.", error.path("messageEn").asText());
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
