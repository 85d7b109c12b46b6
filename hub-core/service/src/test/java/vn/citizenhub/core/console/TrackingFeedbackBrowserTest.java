package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.core.console.ConsoleFixtures.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The tracking page as part of the citizen portal, in a real browser against the real hub: the
 * portal's frame and language switch (from /portal-shared, served here), the status, agency, due
 * date, public steps and the agency's answer, no personal data; with a private link (#k=…), the
 * citizen's rating and "not fixed". axe-core checks every state.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingFeedbackBrowserTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject
  @Client("/")
  HttpClient http;

  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    return new HashMap<>(HubTestProperties.realServices("core_track"));
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aResolvedReportShowsItsAnswerAndThePrivateLinkTakesARating() throws Exception {
    ConsoleFixtures fixtures = new ConsoleFixtures(http, accounts, hasher);
    String code = report(ItemKind.REPORT, "STREET_LIGHT",
        "Đèn đường trước trường tiểu học tắt ba đêm liền.");
    fixtures.awaitStatus(code, "ROUTED");
    String officer = fixtures.account("officer", "Lê Văn Cường", StaffRole.AGENCY_OFFICER,
        "UBND-27712");
    fixtures.resolve(officer, code, "Đã thay bóng đèn và kiểm tra lại tủ điện.");
    fixtures.awaitStatus(code, "RESOLVED");
    String token = outcomeToken(ConsoleFixtures.reporterOf(code));

    browser = HeadlessChromium.start(412, 915);
    browser.get(server.getURL() + "/track?code=" + code + "#k=" + token);
    waitText("status", "Đã giải quyết");
    assertEquals(List.of("/", "/report", "/track", "/search", "/figures"), browser.findElements(
        By.cssSelector("#site-header nav a")).stream()
        .map(a -> a.getDomProperty("pathname")).toList(), "the portal's own header");
    assertEquals("page", browser.findElement(By.cssSelector("#site-header nav a[href='/track']"))
        .getAttribute("aria-current"));
    assertEquals(code, text("tracking-code"));
    assertEquals("Ủy ban nhân dân phường Tân An", text("agency"));
    assertTrue(text("due").matches("\\d{2}/\\d{2}/\\d{4}"), text("due"));
    assertEquals("Đã giải quyết (Đã khắc phục). Đã thay bóng đèn và kiểm tra lại tủ điện.",
        text("answer-text"));
    List<String> steps = browser.findElements(By.cssSelector("#timeline li")).stream()
        .map(li -> li.getAttribute("data-type")).toList();
    assertEquals(List.of("RECEIVED", "ROUTED", "RESOLVED"), steps);
    String shown = browser.findElement(By.tagName("body")).getText();
    assertFalse(shown.contains("Trần Thị Bình") || shown.contains("0987654321")
        || shown.contains("45 Lý Thường Kiệt") || shown.contains("ba đêm liền"),
        "no name, phone, address or the citizen's own words");
    waitShown("fixed");
    Accessibility.assertNoSeriousViolations(browser, "tracking page: resolved, private part");

    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    waitText("status", "Resolved");
    assertEquals("Fixed", text("fixed"));
    assertEquals("Not fixed", text("not-fixed"));
    Accessibility.assertNoSeriousViolations(browser, "tracking page: English");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
    waitText("status", "Đã giải quyết");

    browser.findElement(By.id("fixed")).click();
    waitShown("rating-form");
    browser.findElement(By.cssSelector("label[for='star-4']")).click();
    browser.findElement(By.id("rating-comment")).sendKeys("Cảm ơn phường, xử lý nhanh.");
    Accessibility.assertNoSeriousViolations(browser, "tracking page: rating form");
    browser.findElement(By.id("rating-send")).click();
    waitText("private-message", "Bạn đã đánh giá 4/5. Cảm ơn bạn!");
    JsonNode kept = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.POST("/api/public/feedback/check", Map.of("token", token)), String.class));
    assertEquals(4, kept.path("rating").path("score").asInt(), kept.toString());
    assertEquals("Cảm ơn phường, xử lý nhanh.", kept.path("rating").path("comment").asText());
    assertFalse(browser.findElement(By.id("fixed")).isDisplayed(), "rated once");
    assertFalse(browser.getCurrentUrl().contains("?k=") || browser.getCurrentUrl().contains("&k="),
        "the token never moves from the fragment into the query");
  }

  @Test
  void anUnknownPrivateLinkSaysSoInTheCitizensLanguage() {
    if (browser == null) {
      browser = HeadlessChromium.start(412, 915);
    }
    browser.get(server.getURL() + "/track?lang=en#k=not-a-token");
    waitShown("private");
    waitText("private-message", "This feedback link is wrong or has expired. Open the link in the"
        + " outcome notice again, or call the 1022 hotline.");
    assertFalse(browser.findElement(By.id("verdict")).isDisplayed());
    Accessibility.assertNoSeriousViolations(browser, "tracking page: unknown private link");
    browser.get(server.getURL() + "/track?lang=vi");
  }

  /** The private token on the reporter's outcome notice, as hub-core published it. */
  private static String outcomeToken(String identity) {
    List<Notification> outcomes = KafkaProbe.readUntil(Topics.NOTIFY,
        seen -> seen.stream().anyMatch(r -> isOutcome(r, identity)), Duration.ofSeconds(30))
        .stream().filter(r -> isOutcome(r, identity)).map(TrackingFeedbackBrowserTest::notice)
        .toList();
    assertEquals(1, outcomes.size(), outcomes::toString);
    return outcomes.get(0).feedbackToken();
  }

  private static boolean isOutcome(ConsumerRecord<String, byte[]> r, String identity) {
    Notification n = notice(r);
    return n.citizenIdentity().equals(identity) && n.feedbackToken() != null;
  }

  private static Notification notice(ConsumerRecord<String, byte[]> r) {
    return ContractJson.read(KafkaProbe.text(r).getBytes(StandardCharsets.UTF_8),
        Notification.class);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  private void waitText(String id, String expected) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> expected.equals(text(id)));
  }

  private void waitShown(String id) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id(id)).isDisplayed());
  }
}
