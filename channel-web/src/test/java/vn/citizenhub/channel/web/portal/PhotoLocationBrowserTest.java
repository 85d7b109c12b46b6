package vn.citizenhub.channel.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.TestPhotos;
import vn.citizenhub.testsupport.browser.HeadlessChromium;
import vn.citizenhub.testsupport.browser.LocalTileServer;

/**
 * A phone's photo too large to send as it is (3000 px wide: the page scales it to 1600 px on a
 * canvas, which drops its EXIF) still pins the report where it was taken: the page reads the GPS
 * from the original file when it is picked, puts the map's pin there and says so, and the report
 * reaches Kafka with that point.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoLocationBrowserTest implements TestPropertyProvider {

  /** Phường Kiến Tường, far from where the map opens. */
  private static final double LAT = 10.775312;
  private static final double LON = 105.928041;
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final LocalTileServer TILES = new LocalTileServer();

  @Inject EmbeddedServer server;
  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_photo_gps"));
    p.put("hub.core.url", CATALOG.url());
    p.put(RecordedPublicApi.ENABLED, "true");
    p.put("hub.web.map.tile-url-template", TILES.urlTemplate());
    p.put("hub.web.map.center-latitude", "10.5355");
    p.put("hub.web.map.center-longitude", "106.4133");
    p.put("hub.web.map.zoom", "12");
    return p;
  }

  /** One browser for the class, whichever test runs first; closed after all. */
  private WebDriver browser() {
    if (browser == null) {
      browser = HeadlessChromium.start(412, 915);
    }
    return browser;
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
  void aLargeCameraPhotoPinsTheMapWhereItWasTakenThoughItIsSentWithoutItsExif()
      throws Exception {
    byte[] camera = TestPhotos.cameraJpeg(3000, 2000,
        new ExifBlock("Samsung", "Galaxy A54", 1, LAT, LON));
    Path file = Files.createTempFile("anh-lon-", ".jpg");
    Files.write(file, camera);
    PortalPage page = new PortalPage(browser(), "http://127.0.0.1:" + server.getPort());
    page.open("/report");
    page.waitShown("map-on");
    page.waitUntil(d -> !d.findElements(By.cssSelector("#map .leaflet-tile-loaded")).isEmpty());

    page.el("kind-REPORT").click();
    new Select(page.el("category")).selectByValue("ROAD_DAMAGE");
    page.el("photos").sendKeys(file.toString());
    page.waitUntil(d -> page.text("pin-status")
        .equals("Đã ghim theo vị trí trong ảnh: 10.775312, 105.928041"));
    assertTrue(page.shown("pin-clear"), "a pin the citizen can remove or drag");
    page.checkAccessibility("report form, pinned from a photo");
    page.switchLanguage("en");
    assertEquals("Pinned where the photo was taken: 10.775312, 105.928041",
        page.text("pin-status"));
    page.switchLanguage("vi");

    page.el("description").sendKeys("Ổ gà lớn giữa đường, ảnh chụp tại chỗ.");
    page.el("consent").click();
    page.el("send").click();
    page.waitShown("done-view");
    String code = TrackingCode.parse(page.text("done-code")).orElseThrow().value();
    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)),
        Duration.ofSeconds(30));
    JsonNode payload = ContractJson.mapper().readTree(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow()).path("payload");
    assertEquals(LAT, payload.path("location").path("latitude").asDouble(), 1e-6);
    assertEquals(LON, payload.path("location").path("longitude").asDouble(), 1e-6);
    assertEquals(1, payload.path("attachments").size(), payload.toString());
    Files.delete(file);
  }

  @Test
  void thePlaceIsReadFromLittleEndianExifAndAPhotoWithoutGpsGivesNone() {
    PortalPage page = new PortalPage(browser(), "http://127.0.0.1:" + server.getPort());
    page.open("/report");
    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) page.asyncJs("""
        const done = arguments[arguments.length - 1];
        import('/portal/exif-gps.js').then(async (m) => {
          // A little-endian ("II") TIFF: IFD0 holds only the GPS pointer; 21°1'30" S, 105°51'0" W.
          const b = new DataView(new ArrayBuffer(200));
          let o = 0;
          const u8 = (v) => b.setUint8(o++, v);
          const u16 = (v) => { b.setUint16(o, v, true); o += 2; };
          const u32 = (v) => { b.setUint32(o, v, true); o += 4; };
          u16(0xD8FF); // FF D8 read big-endian
          b.setUint16(2, 0xFFE1); o = 4; b.setUint16(o, 150); o += 2;
          [0x45, 0x78, 0x69, 0x66, 0, 0].forEach(u8);
          const t = o;
          u8(0x49); u8(0x49); u16(42); u32(8);
          u16(1); u16(0x8825); u16(4); u32(1); u32(26); u32(0);
          // GPS IFD at 26: four entries, rationals from 26 + 2 + 48 + 4 = 80
          u16(4);
          u16(1); u16(2); u32(2); u8(0x53); u8(0); u8(0); u8(0);
          u16(2); u16(5); u32(3); u32(80);
          u16(3); u16(2); u32(2); u8(0x57); u8(0); u8(0); u8(0);
          u16(4); u16(5); u32(3); u32(104);
          u32(0);
          o = t + 80; [21, 1, 1, 1, 30, 1, 105, 1, 51, 1, 0, 1].forEach(u32);
          const gps = await m.readGps(new Blob([b.buffer], { type: 'image/jpeg' }));
          const none = await m.readGps(new Blob([new Uint8Array([0xFF, 0xD8, 0xFF, 0xDA, 0, 2])]));
          done({ gps, none });
        });""");
    @SuppressWarnings("unchecked")
    Map<String, Object> gps = (Map<String, Object>) read.get("gps");
    assertEquals(-21.025, ((Number) gps.get("latitude")).doubleValue(), 1e-6);
    assertEquals(-105.85, ((Number) gps.get("longitude")).doubleValue(), 1e-6);
    assertEquals(null, read.get("none"));
  }
}
