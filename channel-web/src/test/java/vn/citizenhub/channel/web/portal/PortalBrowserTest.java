package vn.citizenhub.channel.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The citizen portal in a real browser against the web channel with a real broker and database:
 * the home page, the language switch, the report form sent with the keyboard alone, the code
 * and its QR code, the envelope that reached Kafka. hub-core's public API is played by
 * {@link RecordedPublicApi} (its recorded catalog); the proof of work is on, so the page's
 * worker really solves it. Every page state is checked with axe-core.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest implements TestPropertyProvider {

  static final String PUBLIC_URL = "https://phananh.example.vn";
  static final String TAN_AN = "27712";
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject EmbeddedServer server;

  private WebDriver browser;
  private PortalPage page;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_portal"));
    p.put("hub.core.url", CATALOG.url());
    p.put("hub.public-url", PUBLIC_URL);
    p.put(RecordedPublicApi.ENABLED, "true");
    p.put("hub.web.proof-of-work.enabled", "true");
    p.put("hub.web.proof-of-work.difficulty", "10");
    return p;
  }

  @BeforeEach
  void freshBrowserState() {
    if (browser == null) {
      // A phone's width: the portal is built for it first.
      browser = HeadlessChromium.start(412, 915);
      page = new PortalPage(browser, "http://127.0.0.1:" + server.getPort());
    }
    page.open("/");
    page.js("localStorage.clear();");
    RecordedPublicApi.EVENTS.clear();
    RecordedPublicApi.SIMILAR_ASKED.clear();
    RecordedPublicApi.similarItems = "[]";
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.quit();
    }
    CATALOG.close();
  }

  @Test
  void theHomePageExplainsEachKindWithItsTimeLimitInBothLanguages() {
    page.open("/");
    page.waitUntil(d -> d.findElements(By.cssSelector("[data-limit]")).size() == 4);
    assertEquals("vi", page.lang());
    assertEquals("Gửi ý kiến đến chính quyền và theo dõi kết quả xử lý", page.text("home-title"));
    assertEquals("Thời hạn giải quyết: 10 ngày làm việc", limit("REPORT"));
    assertEquals("Thời hạn giải quyết: 3 ngày làm việc", limit("INFORMATION_REQUEST"));
    assertEquals("Thời hạn giải quyết: 30 ngày", limit("COMPLAINT"));
    assertEquals("Thời hạn giải quyết: 10 ngày làm việc hoặc 15 ngày (tùy lĩnh vực)",
        limit("SUGGESTION"));
    assertEquals("/report", page.el("report-cta").getDomProperty("pathname"));
    page.checkAccessibility("home page, Vietnamese");

    page.switchLanguage("en");
    assertEquals("Tell your local government, and follow what it does", page.text("home-title"));
    assertEquals("Time limit: 30 days", limit("COMPLAINT"));
    assertEquals("true", page.el("site-header")
        .findElement(By.cssSelector("button[data-lang='en']")).getAttribute("aria-pressed"));
    page.checkAccessibility("home page, English");

    // Remembered without a cookie: the next page opens in English; ?lang=vi switches back.
    page.open("/report");
    assertEquals("en", page.lang());
    assertEquals("Send a report or suggestion", page.text("report-title"));
    assertTrue(browser.manage().getCookies().isEmpty(), "the portal sets no cookie");
    page.open("/?lang=vi");
    assertEquals("vi", page.lang());
    page.waitUntil(d -> RecordedPublicApi.EVENTS.size() >= 3);
    assertEquals(List.of("VISIT"), RecordedPublicApi.EVENTS.stream().distinct().toList(),
        "each page load counts a visit, and nothing else happened");
  }

  @Test
  void theTrackBoxOnTheHomePageOpensTheTrackingPageForTheCode() {
    page.open("/");
    page.tabTo("track-code");
    page.keys("wdke6dnut6", Keys.ENTER);
    page.waitUntil(d -> d.getCurrentUrl().contains("/track"));
    assertTrue(browser.getCurrentUrl().endsWith("/track?code=wdke6dnut6"), browser.getCurrentUrl());
  }

  @Test
  void aCitizenReportsWithTheKeyboardAloneAndGetsACodeAndItsQrCode() throws Exception {
    page.open("/report");
    page.waitUntil(d -> d.findElements(By.cssSelector("#kinds .limit")).size() == 4);
    assertTrue(page.shown("map-off"), "no tiles configured: the map says it is off");
    assertFalse(page.shown("map-on"));
    page.checkAccessibility("report form, empty");

    page.tabTo("kind-REPORT");
    page.keys(Keys.SPACE);
    page.tabTo("category");
    page.arrowToOption("category", "Hư hỏng đường, cầu giao thông");
    page.waitUntil(d -> page.text("category-guidance")
        .startsWith("Thời hạn giải quyết: 10 ngày làm việc (trả lời lần đầu trong 3 ngày)."));
    page.tabTo("commune");
    page.keys("tan an");
    page.waitShown("commune-list");
    assertEquals("Phường Tân An", browser.findElement(By.cssSelector("#commune-list [role=option]")).getText(),
        "typed without diacritics, the ward is found first");
    page.checkAccessibility("report form, commune list open");
    page.keys(Keys.ARROW_DOWN, Keys.ENTER);
    assertEquals("Phường Tân An", page.el("commune").getDomProperty("value"));
    page.tabTo("address");
    page.keys("Trước số 12 Hùng Vương");
    page.tabTo("description");
    page.keys("Ổ gà lớn giữa đường, xe máy dễ té khi trời mưa.");
    page.tabTo("email");
    page.keys("cuc@example.vn");
    page.tabTo("consent");
    page.keys(Keys.SPACE);
    page.tabTo("send");
    page.keys(Keys.ENTER);

    page.waitShown("done-view");
    assertEquals("done-title", page.focused(), "the answer takes the focus");
    String shown = page.text("done-code");
    String code = TrackingCode.parse(shown).orElseThrow().value();
    assertEquals(PUBLIC_URL + "/track?code=" + shown, page.decodeQr("done-qr"));
    assertEquals("/track", page.el("done-link").getDomProperty("pathname"));
    assertEquals("?code=" + shown, page.el("done-link").getDomProperty("search"));
    page.checkAccessibility("report form, sent");

    JsonNode envelope = envelopeWith(code);
    assertEquals("WEB", envelope.path("channel").asText());
    JsonNode payload = envelope.path("payload");
    assertEquals("NEW_REPORT", payload.path("type").asText());
    assertEquals("REPORT", payload.path("kind").asText());
    assertEquals("ROAD_DAMAGE", payload.path("categoryCode").asText());
    assertEquals(TAN_AN, payload.path("location").path("communeCode").asText());
    assertEquals("Trước số 12 Hùng Vương", payload.path("location").path("address").asText());
    assertTrue(payload.path("location").path("latitude").isMissingNode()
        || payload.path("location").path("latitude").isNull(), "no pin without a map");
    assertEquals("Ổ gà lớn giữa đường, xe máy dễ té khi trời mưa.",
        payload.path("description").asText());
    assertEquals("web-portal-2026-12", payload.path("consent").path("textVersion").asText());
    assertTrue(payload.path("consent").path("given").asBoolean());
    assertEquals("cuc@example.vn", envelope.path("citizen").path("email").asText());
    assertEquals(1, RecordedPublicApi.SIMILAR_ASKED.size(), "similar reports were looked for first");
    assertEquals(Map.of("categoryCode", "ROAD_DAMAGE", "communeCode", TAN_AN,
        "text", "Ổ gà lớn giữa đường, xe máy dễ té khi trời mưa."), RecordedPublicApi.SIMILAR_ASKED.get(0));
    assertEquals(1, RecordedPublicApi.EVENTS.stream().filter("REPORT_STARTED"::equals).count(),
        "the first input counts the form as started, once");
  }

  @Test
  void errorsStandBesideTheirFieldsInThePagesLanguage() throws Exception {
    page.open("/report?lang=en");
    page.waitUntil(d -> d.findElements(By.cssSelector("#kinds .limit")).size() == 4);
    page.el("send").click();
    page.waitShown("kind-error");
    assertEquals("Choose a kind.", page.text("kind-error"));
    assertEquals("Choose a commune, write an address or drop a pin.", page.text("location-error"));
    assertEquals("Please consent to the processing of personal data to send.",
        page.text("consent-error"));
    assertEquals("kind-REPORT", page.focused(), "the first field in error takes the focus");
    page.checkAccessibility("report form, the form's own errors");

    browser.findElement(By.cssSelector("label[for='kind-COMPLAINT']")).click();
    page.waitUntil(d -> "COMPLAINT".equals(page.el("category").getDomProperty("value")));
    page.el("address").sendKeys("Ấp 3, xã Mỹ An");
    page.el("description").sendKeys("Tôi khiếu nại quyết định xử phạt số 12/QĐ-XPHC.");
    page.el("phone").sendKeys("12345");
    page.el("consent").click();
    page.el("send").click();
    page.waitShown("phone-error");
    assertEquals("Invalid phone number", page.text("phone-error"), "the server's own words, in English");
    assertEquals("true", page.el("phone").getAttribute("aria-invalid"));
    assertEquals("phone", page.focused());
    assertTrue(page.shown("form-error"));
    page.switchLanguage("vi");
    assertEquals("Số điện thoại không hợp lệ", page.text("phone-error"), "re-worded on a switch");
    page.checkAccessibility("report form, the server's field errors");
  }

  @Test
  void similarOpenReportsAreOfferedBeforeANewOneIsSent() throws Exception {
    RecordedPublicApi.similarItems = """
        [{"trackingCode": "WDKE6-DNUT6", "categoryCode": "STREET_LIGHT",
          "categoryName": "Đèn chiếu sáng công cộng hư hỏng", "communeName": "Phường Tân An",
          "agencyName": "Ủy ban nhân dân phường Tân An", "status": "IN_PROGRESS",
          "createdAt": "2026-11-20T02:00:00Z", "wordsInCommon": ["đèn", "tắt"]}]""";
    page.open("/report?kind=REPORT");
    page.waitUntil(d -> "REPORT".equals(page.js(
        "const k = document.querySelector('input[name=kind]:checked'); return k && k.value;")));
    page.waitUntil(d -> page.el("category").findElements(By.tagName("option")).size() > 2);
    new org.openqa.selenium.support.ui.Select(page.el("category"))
        .selectByValue("STREET_LIGHT");
    page.el("address").sendKeys("Hẻm 5 Nguyễn Huệ");
    page.el("description").sendKeys("Đèn đường tắt cả tuần nay, hẻm tối om.");
    page.el("consent").click();
    page.el("send").click();

    page.waitShown("similar-view");
    assertEquals("Đây có phải vấn đề của bạn?", page.text("similar-title"));
    WebElement follow = browser.findElement(By.cssSelector("#similar-list button[data-code]"));
    assertEquals("WDKE6-DNUT6", follow.getAttribute("data-code"));
    assertEquals("Theo dõi phản ánh này (WDKE6-DNUT6)", follow.getText());
    assertFalse(page.shown("form-view"));
    page.checkAccessibility("report form, similar reports offered");

    page.el("send-new").click();
    page.waitShown("done-view");
    String code = TrackingCode.parse(page.text("done-code")).orElseThrow().value();
    JsonNode payload = envelopeWith(code).path("payload");
    assertEquals("STREET_LIGHT", payload.path("categoryCode").asText());
    assertEquals(1, RecordedPublicApi.SIMILAR_ASKED.size(), "asked once, not again on 'send new'");
  }

  @Test
  void theCommuneSearchFoldsDiacriticsAndCase() {
    page.open("/report");
    @SuppressWarnings("unchecked")
    Map<String, Object> folded = (Map<String, Object>) page.asyncJs("""
        const done = arguments[arguments.length - 1];
        import('/portal-shared/fold.js').then(async (m) => {
          const catalog = await (await fetch('/api/public/catalog')).json();
          const names = (q) => m.search(catalog.communes, q).map((c) => c.name);
          done({ fold: m.fold('  Đường  TÂN Ấn  '), tanAn: names('tan an'), upper: names('TAN AN'),
                 marked: names('tân an'), dd: m.fold('Đ đ'), none: names('xyz') });
        });""");
    assertEquals("duong tan an", folded.get("fold"));
    assertEquals("d d", folded.get("dd"));
    assertEquals("Phường Tân An", ((List<?>) folded.get("tanAn")).get(0));
    assertEquals(folded.get("tanAn"), folded.get("upper"));
    assertEquals(folded.get("tanAn"), folded.get("marked"));
    assertEquals(List.of(), folded.get("none"));
  }

  @Test
  void withoutMapTilesNoMapIsLoadedAndAnAddressAloneIsEnough() throws Exception {
    page.open("/report");
    page.waitUntil(d -> d.findElements(By.cssSelector("#kinds .limit")).size() == 4);
    assertTrue(page.shown("map-off"));
    page.el("kind-SUGGESTION").click();
    new org.openqa.selenium.support.ui.Select(page.el("category")).selectByValue("ADMIN_PROCEDURE");
    page.el("address").sendKeys("Bộ phận một cửa, phường Long An");
    page.el("description").sendKeys("Đề nghị mở thêm quầy tiếp nhận hồ sơ buổi trưa.");
    page.el("consent").click();
    page.el("send").click();
    page.waitShown("done-view");
    String code = TrackingCode.parse(page.text("done-code")).orElseThrow().value();
    JsonNode location = envelopeWith(code).path("payload").path("location");
    assertEquals("Bộ phận một cửa, phường Long An", location.path("address").asText());
    assertTrue(location.path("communeCode").isMissingNode() || location.path("communeCode").isNull());
    assertEquals(0L, page.js("return performance.getEntriesByType('resource')"
        + ".filter((e) => e.name.includes('leaflet')).length;"), "Leaflet is not even loaded");
    assertNull(envelopeWith(code).path("citizen").get("email"), "anonymous: no contact sent");
  }

  private String limit(String kind) {
    return browser.findElement(By.cssSelector("[data-limit='" + kind + "']")).getText().strip();
  }

  private static JsonNode envelopeWith(String code) throws Exception {
    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)),
        Duration.ofSeconds(30));
    String text = records.stream().map(KafkaProbe::text).filter(t -> t.contains(code))
        .findFirst().orElseThrow();
    JsonNode envelope = ContractJson.mapper().readTree(text);
    assertEquals(code, envelope.path("trackingCode").asText());
    return envelope;
  }
}
