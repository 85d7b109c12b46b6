package vn.citizenhub.channel.web.unsubscribe;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.channel.web.mail.MailTestKit.address;
import static vn.citizenhub.channel.web.mail.MailTestKit.notice;
import static vn.citizenhub.channel.web.mail.MailTestKit.phone;
import static vn.citizenhub.channel.web.mail.MailTestKit.publish;
import static vn.citizenhub.channel.web.mail.MailTestKit.reports;
import static vn.citizenhub.channel.web.mail.MailTestKit.smsFor;
import static vn.citizenhub.channel.web.mail.MailTestKit.state;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.mail.TestSmtp;
import vn.citizenhub.channel.web.mail.WebMailDeliveryTest;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The one-click unsubscribe of the notice e-mails, over HTTP, a real SMTP server, the broker and
 * the database: opening the link changes nothing (mail scanners open links), the button's POST
 * (or a mail client's RFC 8058 POST) stops the next e-mail, which then goes by SMS or is reported
 * "unsubscribed"; a token that is not genuine is a bilingual 400 and changes nothing.
 */
@ScanLogsForPersonalData
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsubscribeTest implements TestPropertyProvider {

  private static final TestSmtp SMTP = new TestSmtp();
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final String UNSUBSCRIBED = "SELECT COUNT(*) FROM web_mail_unsubscribed";

  @Inject JdbcDatabase database;
  @Inject EmbeddedServer server;
  @Inject MailKey key;
  private SqlProbe db;
  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_unsubscribe"));
    p.putAll(WebMailDeliveryTest.mailProperties(SMTP));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopServers() {
    SMTP.close();
    CATALOG.close();
  }

  @Test
  void openingTheLinkChangesNothingTheButtonStopsTheNextEmail() throws Exception {
    String email = address("hoa");
    String phone = phone();
    Notification first = notice(email, phone, null);
    publish(first);
    await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.messagesTo(email).size() == 1);
    String link = WebMailDeliveryTest.unsubscribeLink(SMTP.messagesTo(email).get(0));
    String path = link.substring(WebMailDeliveryTest.PUBLIC_URL.length());
    long before = db.count(UNSUBSCRIBED);

    HttpResponse<String> page = get(path);
    assertEquals(200, page.statusCode());
    assertPage(page, "Hủy nhận thư điện tử", "Unsubscribe from e-mail");
    assertTrue(page.body().contains("<form method=\"post\" action=\"" + path + "\">"),
        page.body());
    assertEquals(before, db.count(UNSUBSCRIBED), "a GET changes nothing");

    Notification second = notice(email, phone, null);
    publish(second);
    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, second.id()).equals("SENT"));
    assertEquals(2, SMTP.messagesTo(email).size(), "still subscribed after the GET");

    // What a mail client sends for RFC 8058's one click, and what the page's button sends.
    HttpResponse<String> done = post(path, "List-Unsubscribe=One-Click");
    assertEquals(200, done.statusCode());
    assertPage(done, "Đã hủy nhận thư điện tử", "You have been unsubscribed");
    assertEquals(before + 1, db.count(UNSUBSCRIBED));
    assertEquals(200, post(path, "List-Unsubscribe=One-Click").statusCode(), "a second click");
    assertEquals(before + 1, db.count(UNSUBSCRIBED));

    Notification third = notice(email, phone, null);
    Notification noPhone = notice(email.toUpperCase(Locale.ROOT), null, null);
    publish(third, noPhone);
    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, third.id()).equals("HANDED_BACK")
        && state(db, noPhone.id()).equals("FAILED"));
    assertEquals(2, SMTP.messagesTo(email).size(), "no e-mail after unsubscribing");
    assertEquals(1, smsFor(phone, third.trackingCode()).size(), "told by SMS instead");
    DeliveryReport bySms = reports(third.id()).get(0);
    assertEquals(DeliveryStatus.HANDED_BACK, bySms.status());
    assertEquals("The citizen unsubscribed from e-mail.", bySms.detailEn());
    DeliveryReport failed = reports(noPhone.id()).get(0);
    assertEquals(DeliveryStatus.FAILED, failed.status());
    assertEquals("Người dân đã hủy nhận thư điện tử. Không có số điện thoại để gửi SMS.",
        failed.detailVi());
  }

  @Test
  void aForgedOrGarbledTokenIsABilingual400AndChangesNothing() throws Exception {
    String genuine = key.token(key.addressHash("nguoi.that@thu.example.vn"));
    char last = genuine.charAt(genuine.length() - 1);
    String otherSignature = genuine.substring(0, 63) + (last == 'A' ? 'B' : 'A');
    String otherHash = (genuine.charAt(0) == 'A' ? 'B' : 'A') + genuine.substring(1);
    List<String> forged = List.of("", "abc", genuine.substring(0, 63), genuine + "A",
        otherSignature, otherHash, "A".repeat(64), "%00" + genuine.substring(3),
        genuine.substring(0, 60) + "%2F%2F", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    long before = db.count(UNSUBSCRIBED);
    for (String token : forged) {
      for (HttpResponse<String> answer : List.of(get("/api/web/unsubscribe?t=" + token),
          post("/api/web/unsubscribe?t=" + token, "List-Unsubscribe=One-Click"))) {
        assertEquals(400, answer.statusCode(), token);
        assertPage(answer, "Liên kết không hợp lệ", "This link is not valid");
        assertTrue(!answer.body().contains("<script>"), "nothing of the token is echoed");
      }
    }
    assertEquals(400, get("/api/web/unsubscribe").statusCode(), "no token at all");
    assertEquals(400, post("/api/web/unsubscribe", "").statusCode());
    assertEquals(before, db.count(UNSUBSCRIBED), "nothing changed");
    assertEquals(200, get("/api/web/unsubscribe?t=" + genuine).statusCode(), "the genuine one");
  }

  @Test
  void thePageHasItsStylesheetAndNoInlineCode() throws Exception {
    HttpResponse<String> css = get("/api/web/unsubscribe/unsubscribe.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    HttpResponse<String> page = get("/api/web/unsubscribe?t="
        + key.token(key.addressHash("trang@thu.example.vn")));
    assertTrue(page.body().contains(
        "<link rel=\"stylesheet\" href=\"/api/web/unsubscribe/unsubscribe.css\">"));
    assertTrue(!page.body().contains("<script") && !page.body().contains("style="),
        "no script, no inline style");
    assertTrue(page.body().contains("<meta name=\"viewport\""), "made for phones");
    assertEquals(404, get("/api/web/unsubscribe/..%2Fapplication.yml").statusCode());
  }

  @Test
  void thePagesWearThePortalsFrameVietnameseFirstAndPassAxe() throws Exception {
    String email = address("lan");
    String path = "/api/web/unsubscribe?t=" + key.token(key.addressHash(email));
    long before = db.count(UNSUBSCRIBED);
    WebDriver browser = HeadlessChromium.start(412, 915);
    try {
      browser.get(server.getURL() + path);
      assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals("Hủy nhận thư điện tử", browser.findElement(By.tagName("h1")).getText());
      WebElement english = browser.findElement(By.cssSelector("main section[lang='en'] h2"));
      assertEquals("Unsubscribe from e-mail", english.getText());
      assertTrue(english.getLocation().getY() > browser.findElement(By.tagName("h1"))
          .getLocation().getY(), "Vietnamese first, English below");
      assertEquals("Cổng tiếp nhận phản ánh, kiến nghị",
          browser.findElement(By.cssSelector("header.site-header .brand span")).getText());
      assertEquals(List.of("/", "/report", "/track"), browser.findElements(
          By.cssSelector("header.site-header nav a")).stream()
          .map(a -> a.getDomProperty("pathname")).toList());
      // The portal's own colours, from its shared stylesheet: the brand red, the accent blue.
      assertEquals("rgba(163, 34, 27, 1)", browser.findElement(By.cssSelector("header.site-header"))
          .getCssValue("background-color"));
      WebElement button = browser.findElement(By.cssSelector("main form button"));
      assertEquals("rgba(26, 86, 160, 1)", button.getCssValue("background-color"));
      Accessibility.assertNoSeriousViolations(browser, "unsubscribe: confirmation");
      assertEquals(before, db.count(UNSUBSCRIBED), "opening the page changes nothing");

      button.click();
      new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> browser.getCurrentUrl()
          + " shows: " + browser.findElement(By.tagName("body")).getText())
          .until(d -> "Đã hủy nhận thư điện tử"
          .equals(d.findElement(By.tagName("h1")).getText()));
      assertEquals("You have been unsubscribed",
          browser.findElement(By.cssSelector("main section[lang='en'] h2")).getText());
      Accessibility.assertNoSeriousViolations(browser, "unsubscribe: done");
      assertEquals(before + 1, db.count(UNSUBSCRIBED));

      browser.get(server.getURL() + "/api/web/unsubscribe?t=khong-phai-ma");
      assertEquals("Liên kết không hợp lệ", browser.findElement(By.tagName("h1")).getText());
      Accessibility.assertNoSeriousViolations(browser, "unsubscribe: a link that is not valid");
    } finally {
      browser.quit();
    }
  }

  private void assertPage(HttpResponse<String> page, String titleVi, String titleEn) {
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
    assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""),
        "the token is never sent to another site");
    String body = page.body();
    assertTrue(body.contains("<html lang=\"vi\">"), body);
    int vi = body.indexOf("<h1>" + titleVi + "</h1>");
    int en = body.indexOf("<section class=\"en\" lang=\"en\">\n<h2>" + titleEn + "</h2>");
    assertTrue(vi > 0 && en > vi, "Vietnamese first, then English: " + body);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
