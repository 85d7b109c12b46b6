package vn.citizenhub.channel.web.portal;

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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.HeadlessChromium;
import vn.citizenhub.testsupport.browser.LocalTileServer;

/**
 * With map tiles configured (a tile server of the test's own), the report form shows a Leaflet
 * map, the pages' policy allows images from that tile server and no other, and a pin dropped
 * with the keyboard-usable "pin the centre" button reaches Kafka as the report's point.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalMapTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final LocalTileServer TILES = new LocalTileServer();

  @Inject EmbeddedServer server;
  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_map"));
    p.put("hub.core.url", CATALOG.url());
    p.put(RecordedPublicApi.ENABLED, "true");
    p.put("hub.web.map.tile-url-template", TILES.urlTemplate());
    p.put("hub.web.map.attribution", "© Bản đồ thử <nghiệm>");
    p.put("hub.web.map.center-latitude", "10.5355");
    p.put("hub.web.map.center-longitude", "106.4133");
    p.put("hub.web.map.zoom", "14");
    return p;
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.quit();
    }
    CATALOG.close();
    TILES.close();
  }

  @Test
  void theSettingsAndThePolicyNameTheConfiguredTileServerOnly() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.getPort() + "/report")).build(),
        HttpResponse.BodyHandlers.ofString());
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("img-src 'self' data: blob: " + TILES.origin() + ";"), policy);
    assertTrue(policy.contains("script-src 'self';"), policy);
    JsonNode settings = ContractJson.mapper().readTree(http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.getPort() + "/api/web/portal-settings")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertEquals(TILES.urlTemplate(),
        settings.path("map").path("tiles").path("urlTemplate").asText());
    assertEquals("© Bản đồ thử <nghiệm>", settings.path("map").path("tiles").path("attribution").asText());
    assertEquals(14, settings.path("map").path("zoom").asInt());
  }

  @Test
  void aPinOnTheMapIsSentAsTheReportsPoint() throws Exception {
    browser = HeadlessChromium.start(412, 915);
    PortalPage page = new PortalPage(browser, "http://127.0.0.1:" + server.getPort());
    page.open("/report");
    page.waitShown("map-on");
    assertFalse(page.shown("map-off"));
    page.waitUntil(d -> !d.findElements(By.cssSelector("#map .leaflet-tile-loaded")).isEmpty());
    assertTrue(TILES.tilesServed() > 0, "tiles came from the configured server");
    assertEquals("© Bản đồ thử <nghiệm>", browser.findElement(
        By.cssSelector(".leaflet-control-attribution")).getText().replace("Leaflet | ", "")
        .replace("Leaflet", "").replace("|", "").strip(), "the attribution is shown as text");
    page.checkAccessibility("report form with a map");

    page.el("kind-REPORT").click();
    new Select(page.el("category")).selectByValue("FLOOD_DRAINAGE");
    page.el("pin-center").click();
    page.waitUntil(d -> page.text("pin-status").startsWith("Đã ghim: 10.5355, 106.4133"));
    assertTrue(page.shown("pin-clear"));
    page.el("description").sendKeys("Nước ngập sâu sau cơn mưa chiều, xe chết máy nhiều.");
    page.el("consent").click();
    page.el("send").click();
    page.waitShown("done-view");
    String code = TrackingCode.parse(page.text("done-code")).orElseThrow().value();
    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)),
        Duration.ofSeconds(30));
    JsonNode location = ContractJson.mapper().readTree(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow()).path("payload").path("location");
    assertEquals(10.5355, location.path("latitude").asDouble(), 1e-6);
    assertEquals(106.4133, location.path("longitude").asDouble(), 1e-6);
  }
}
