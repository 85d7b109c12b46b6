package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestPhotos;
import vn.citizenhub.testsupport.browser.HeadlessChromium;
import vn.citizenhub.testsupport.browser.LocalTileServer;

/**
 * Issue 12 as a citizen and an officer live it, in one real browser on the all-in-one hub (real
 * Kafka, MariaDB, a local SMTP server and tile server): a citizen reports on the portal with a
 * photo and a map pin; a second citizen starting the same report nearby is offered the open
 * ticket and follows it; the officer sees the photo in the console and resolves the ticket; the
 * outcome e-mail reaches both; the reporter opens the private link from the real e-mail and
 * rates; the rating shows in the console; the follower's own e-mail carries their own link to
 * the outcome. axe-core checks every page state on the way.
 *
 * <p>The follow comes before the resolution: the portal offers open tickets only (a resolved
 * matter seen again is a "not fixed" through the private link, not a follow).
 */
@ScanLogsForPersonalData({CitizenJourneyBrowserTest.REPORTER_EMAIL,
    CitizenJourneyBrowserTest.FOLLOWER_EMAIL, CitizenJourneyBrowserTest.REPORTER_NAME})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenJourneyBrowserTest implements TestPropertyProvider {

  static final String REPORTER_NAME = "Nguyễn Thị Lan";
  static final String REPORTER_EMAIL = "nguyen.thi.lan@example.vn";
  static final String FOLLOWER_EMAIL = "tran.van.binh@example.vn";
  private static final String PASSWORD = "mật-khẩu-thử-9x";
  private static final String OFFICER = "Cán bộ phường Kiến Tường";
  /** Phường Kiến Tường, where the map opens: "pin the centre" drops the pin here. */
  private static final double LAT = 10.77531;
  private static final double LON = 105.92804;
  private static final String ROAD_GUIDANCE = "Ghi rõ tên đường, đoạn đường (gần số nhà, cột"
      + " điện, cây số) và mức độ hư hỏng: ổ gà, sụt lún, nắp cống vỡ, cầu xuống cấp. Nếu có nguy"
      + " hiểm ngay, hãy gọi 1022.";
  private static final Duration WITHIN = Duration.ofSeconds(30);
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static final LocalTileServer TILES = new LocalTileServer();
  private static final int PORT = freePort();

  static {
    SMTP.start();
  }

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private HubBrowser browser;
  private StaffDesk desk;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_journey"));
    p.put("micronaut.server.port", Integer.toString(PORT));
    // The links in the e-mails lead to this very hub, so the browser opens them as they are.
    p.put("hub.public-url", "http://127.0.0.1:" + PORT);
    p.put("hub.web.mail.host", "127.0.0.1");
    p.put("hub.web.mail.port", Integer.toString(SMTP.getSmtp().getPort()));
    p.put("hub.web.mail.security", "NONE");
    p.put("hub.web.mail.from-address", "khongtraloi@tayninh.example.gov.vn");
    p.put("hub.web.map.tile-url-template", TILES.urlTemplate());
    p.put("hub.web.map.attribution", "Bản đồ thử nghiệm");
    p.put("hub.web.map.center-latitude", Double.toString(LAT));
    p.put("hub.web.map.center-longitude", Double.toString(LON));
    p.put("hub.web.map.zoom", "16");
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void start() throws Exception {
    db = new SqlProbe(database.pool());
    accounts.create("hanhtrinh.canbo", OFFICER, StaffRole.AGENCY_OFFICER, "UBND-27787",
        hasher.hash(PASSWORD), Instant.now());
    desk = new StaffDesk(server.getURL().toString());
    desk.signIn("hanhtrinh.canbo", PASSWORD);
    browser = new HubBrowser(HeadlessChromium.start(412, 915), server.getURL().toString());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.driver().quit();
    }
    SMTP.stop();
    TILES.close();
  }

  @Test
  void reportFollowResolveMailRateAndFollowerHearsTheOutcome() throws Exception {
    String code = reportWithPhotoAndPin();
    String stored = TrackingCode.parse(code).orElseThrow().value();
    long id = await().atMost(WITHIN).until(() -> desk.find(code), i -> i > 0);
    JsonNode ticket = desk.ticket(id);
    assertEquals(LAT, ticket.path("latitude").asDouble(), 1e-5, "the map pin");
    assertEquals(LON, ticket.path("longitude").asDouble(), 1e-5);
    assertEquals("27787", ticket.path("commune").path("code").asText(), ticket.toString());
    assertEquals(1, ticket.path("attachments").size(), ticket.toString());

    followTheSameMatterNearby(code);
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket_follower f JOIN ticket t"
        + " ON t.id = f.ticket_id WHERE t.tracking_code = ?", stored), "the follow is recorded");

    resolveInTheConsole(code);

    MimeMessage outcome = mailTo(REPORTER_EMAIL, "Cập nhật về phản ánh " + code
        + " / Update on report " + code);
    String link = privateLink(outcome, code);
    rateThroughTheLink(link);
    seeTheRatingInTheConsole(code, id);

    MimeMessage told = mailTo(FOLLOWER_EMAIL, "Cập nhật về phản ánh " + code
        + " / Update on report " + code);
    String followerLink = privateLink(told, code);
    assertNotEquals(link, followerLink, "each citizen has a link of their own");
    JsonNode check = checkLink(followerLink);
    assertEquals(code, check.path("trackingCode").asText(), check.toString());
    assertEquals("RESOLVED", check.path("status").asText(), check.toString());
    assertTrue(check.path("canRate").asBoolean(), "the follower may rate too");
    assertTrue(mailTo(FOLLOWER_EMAIL, "Đã tiếp nhận phản ánh " + code + " / Report " + code
        + " received") != null, "the follower was told at once that they follow it");
  }

  /** Citizen 1: the form with a category, the commune, a pin, a photo and an e-mail. */
  private String reportWithPhotoAndPin() throws IOException {
    browser.openPortal("/report");
    browser.until(d -> d.findElements(By.cssSelector("#kinds .limit")).size() == 4);
    browser.waitShown("map-on");
    browser.until(d -> !d.findElements(By.cssSelector("#map .leaflet-tile-loaded")).isEmpty());
    browser.assertAccessible("portal report form with its map");

    browser.click(By.cssSelector("label[for='kind-REPORT']"));
    browser.selectValue("category", "ROAD_DAMAGE");
    // The category's own guidance from the catalog, read out as the select's description.
    browser.until(d -> browser.text("category-guidance").startsWith(ROAD_GUIDANCE
        + " Thời hạn giải quyết: 10 ngày làm việc"));
    assertTrue(List.of(browser.el("category").getAttribute("aria-describedby").split(" "))
        .contains("category-guidance"));
    assertEquals("polite", browser.el("category-guidance").getAttribute("aria-live"));
    browser.assertAccessible("portal report form, a category's guidance shown");
    pickCommune("kien tuong", "Phường Kiến Tường");
    browser.type("address", "Trước số 40 đường 30 Tháng 4");
    browser.click(By.id("pin-center"));
    browser.until(d -> browser.text("pin-status").startsWith("Đã ghim: 10.77531, 105.92804"));
    Path photo = Files.createTempFile("o-ga-", ".jpg");
    Files.write(photo, TestPhotos.jpeg(800, 600));
    browser.el("photos").sendKeys(photo.toString());
    browser.until(d -> d.findElements(By.cssSelector("#photo-previews li img")).size() == 1);
    browser.type("description", "Ổ gà lớn giữa đường, nắp cống vỡ, xe máy dễ té khi trời mưa.");
    browser.type("name", REPORTER_NAME);
    browser.type("email", REPORTER_EMAIL);
    browser.click(By.cssSelector("label[for='consent']"));
    browser.assertAccessible("portal report form, filled in with a photo and a pin");
    browser.click(By.id("send"));

    browser.waitShown("done-view");
    assertEquals("Đã tiếp nhận", browser.text("done-title"));
    String code = browser.text("done-code");
    assertTrue(TrackingCode.parse(code).isPresent(), code);
    browser.assertAccessible("portal report form, sent");
    Files.delete(photo);
    return code;
  }

  /** Citizen 2: the same matter in the same ward; offered the open ticket, follows it. */
  private void followTheSameMatterNearby(String code) {
    browser.openPortal("/report");
    browser.js("localStorage.clear();");
    browser.openPortal("/report");
    browser.until(d -> d.findElements(By.cssSelector("#kinds .limit")).size() == 4);
    browser.click(By.cssSelector("label[for='kind-REPORT']"));
    browser.selectValue("category", "ROAD_DAMAGE");
    pickCommune("kien tuong", "Phường Kiến Tường");
    browser.waitShown("map-on");
    browser.click(By.id("pin-center"));
    browser.type("description", "Nắp cống vỡ trên đường 30 Tháng 4, rất nguy hiểm ban đêm.");
    browser.type("email", FOLLOWER_EMAIL);
    browser.click(By.cssSelector("label[for='consent']"));
    browser.click(By.id("send"));

    browser.waitShown("similar-view");
    assertEquals("Đây có phải vấn đề của bạn?", browser.text("similar-title"));
    List<WebElement> offered = browser.driver().findElements(
        By.cssSelector("#similar-list button[data-code]"));
    assertEquals(List.of(code), offered.stream().map(b -> b.getAttribute("data-code")).toList());
    assertEquals("Theo dõi phản ánh này (" + code + ")", offered.get(0).getText());
    browser.assertAccessible("portal: a similar open report offered");
    // Impatient: a double click is still one follow (one follower, one receipt e-mail).
    new Actions(browser.driver()).doubleClick(offered.get(0)).perform();

    browser.waitShown("done-view");
    assertEquals("Bạn đang theo dõi phản ánh này", browser.text("done-title"));
    assertEquals(code, browser.text("done-code"));
    assertTrue(browser.text("done-message").contains(code), browser.text("done-message"));
    browser.assertAccessible("portal: following an existing report");
    await().atMost(WITHIN).until(() -> db.count("SELECT COUNT(*) FROM ticket_follower f"
        + " JOIN ticket t ON t.id = f.ticket_id WHERE t.tracking_code = ?",
        TrackingCode.parse(code).orElseThrow().value()) == 1);
  }

  private void pickCommune(String typed, String name) {
    browser.type("commune", typed);
    browser.waitShown("commune-list");
    browser.click(By.xpath("//ul[@id='commune-list']/*[@role='option'][normalize-space()='"
        + name + "']"));
    browser.until(d -> name.equals(browser.el("commune").getDomProperty("value")));
  }

  /** The officer: the photo on the ticket page, then "resolve: fixed". */
  private void resolveInTheConsole(String code) {
    browser.signInToConsole("hanhtrinh.canbo", PASSWORD, OFFICER);
    browser.openFromInbox(code);
    WebElement img = browser.visible(By.cssSelector("#photos li[data-testid='photo'] img"));
    browser.until(d -> ((Number) browser.js(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).intValue() == 800);
    assertTrue(img.getAttribute("alt").startsWith("Ảnh 1 người dân gửi qua Cổng thông tin"),
        img.getAttribute("alt"));
    browser.assertAccessible("console: ticket page with the citizen's photo");

    browser.click(By.cssSelector("#actions button[data-action='RESOLVE']"));
    browser.visible(By.cssSelector("#action-form[data-action='RESOLVE']"));
    browser.selectText("action-closure", "Đã khắc phục");
    browser.type("action-text", "Đã vá ổ gà và thay nắp cống mới.");
    browser.assertAccessible("console: resolve form");
    browser.click(By.id("action-submit"));
    browser.waitText("ticket-status", "Đã giải quyết");
    assertEquals("Đã khắc phục", browser.text("ticket-closure"));
  }

  /** The reporter opens the link from the e-mail and rates 4 of 5. */
  private void rateThroughTheLink(String link) throws Exception {
    browser.openPortal(link);
    browser.waitText("status", "Đã giải quyết");
    browser.waitShown("fixed");
    assertEquals("Đã giải quyết (Đã khắc phục). Đã vá ổ gà và thay nắp cống mới.",
        browser.text("answer-text"));
    browser.assertAccessible("tracking page from the e-mail's private link");
    browser.click(By.id("fixed"));
    browser.waitShown("rating-form");
    browser.click(By.cssSelector("label[for='star-4']"));
    browser.type("rating-comment", "Sửa nhanh, cảm ơn phường.");
    browser.assertAccessible("tracking page: rating form");
    browser.click(By.id("rating-send"));
    browser.waitText("private-message", "Bạn đã đánh giá 4/5. Cảm ơn bạn!");
    browser.assertAccessible("tracking page: rated");
    JsonNode kept = checkLink(link);
    assertEquals(4, kept.path("rating").path("score").asInt(), kept.toString());
    assertEquals("Sửa nhanh, cảm ơn phường.", kept.path("rating").path("comment").asText());
  }

  /** The officer, back in the console: the ticket (resolved, so out of the inbox) by its link. */
  private void seeTheRatingInTheConsole(String code, long id) {
    browser.signInToConsole("hanhtrinh.canbo", PASSWORD, OFFICER);
    browser.js("location.hash = arguments[0];", "#/tickets/" + id);
    browser.waitText("ticket-code", "Phiếu " + code);
    browser.waitText("ticket-rating", "4/5");
    WebElement rating = browser.visible(By.cssSelector("#ratings li[data-testid='rating']"));
    assertEquals("4", rating.getAttribute("data-score"));
    assertEquals("người gửi phản ánh", rating.findElement(By.cssSelector(".who")).getText());
    assertEquals("Sửa nhanh, cảm ơn phường.",
        rating.findElement(By.cssSelector(".rating-comment")).getText());
    browser.assertAccessible("console: ticket page with the citizen's rating");
  }

  // Mail

  /** The one message with this subject to this address, once it arrived. */
  private static MimeMessage mailTo(String address, String subject) {
    return await().atMost(WITHIN).until(() -> {
      List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages())
          .filter(m -> sentTo(m, address) && subject.equals(subjectOf(m))).toList();
      return found.size() == 1 ? found.get(0) : null;
    }, m -> m != null);
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The link under "Theo dõi phản ánh CODE:" in the mail's plain-text part. */
  private static String privateLink(MimeMessage mail, String code) throws Exception {
    String text = ((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent())
        .replace("\r\n", "\n");
    List<String> lines = List.of(text.split("\n"));
    int at = lines.indexOf("Theo dõi phản ánh " + code + ":");
    assertTrue(at >= 0, text);
    URI link = URI.create(lines.get(at + 1));
    assertEquals("http://127.0.0.1:" + PORT + "/track?code=" + code,
        link.getScheme() + "://" + link.getAuthority() + link.getPath() + "?" + link.getQuery());
    assertTrue(link.getFragment().startsWith("k="), link.toString());
    return link.toString();
  }

  /** What the private link's own check answers (as the tracking page asks it). */
  private JsonNode checkLink(String link) throws Exception {
    String token = URI.create(link).getFragment().substring("k=".length());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(server.getURL() + "/api/public/feedback/check"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.mapper().createObjectNode()
            .put("token", token).toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return ContractJson.mapper().readTree(r.body());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
