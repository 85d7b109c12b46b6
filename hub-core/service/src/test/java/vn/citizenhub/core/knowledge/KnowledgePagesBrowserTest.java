package vn.citizenhub.core.knowledge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The knowledge store's public pages in a real browser: an article (Vietnamese, then English),
 * a published question and answer with its tracking link and no personal data, the list, and
 * an unknown answer. Each passes the accessibility check.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgePagesBrowserTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject EmbeddedServer server;
  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private WebDriver browser;
  private WebDriverWait wait;
  private StaffApi api;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_knowledge_pages"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void startBrowser() {
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    api = new StaffApi(http);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anArticleReadsInVietnameseThenEnglish() {
    long id = StreamSupport.stream(api.get("/api/public/articles?category=FLOOD_DRAINAGE"
            + "&agency=UBND-27712", null).body().path("items").spliterator(), false)
        .findFirst().orElseThrow().path("id").asLong();
    browser.get(server.getURL() + "/articles/" + id);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"),
        "Đường ngập nước"));
    assertTrue(browser.findElement(By.id("body")).getText().contains("phường Tân An"));
    Accessibility.assertNoSeriousViolations(browser, "article page");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"),
        "Flooded streets"));
    assertEquals("en", browser.findElement(By.id("body")).getAttribute("lang"));
    Accessibility.assertNoSeriousViolations(browser, "article page in English");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
  }

  @Test
  void aPublishedAnswerShowsItsTicketsLinkAndNoPersonalData() throws Exception {
    StaffApi.createAccount(accounts, hasher, "lanhdao.trang", StaffRole.AGENCY_LEAD,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi.trang", StaffRole.COORDINATOR, null,
        PASSWORD);
    String lead = api.token("lanhdao.trang", PASSWORD);
    String coordinator = api.token("dieuphoi.trang", PASSWORD);
    IntakeEnvelope envelope = Envelopes.webReport(UUID.randomUUID().toString(), "STREET_LIGHT",
        Envelopes.TAN_AN, "Đèn trước nhà 45 Hùng Vương tắt. Gọi Phạm Minh Đức 0987 111 222.");
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    String find = "/api/staff/tickets?q=" + code;
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(find, coordinator).body().path("total").asInt() == 1);
    long ticket = api.get(find, coordinator).body().path("items").get(0).path("id").asLong();
    int version = api.get("/api/staff/tickets/" + ticket, lead).body().path("version").asInt();
    assertEquals(200, api.act(ticket, lead, Map.of("action", "RESOLVE", "version", version,
        "closureCode", "FIXED", "text", "Đã thay bóng đèn.")).status());
    String base = "/api/staff/tickets/" + ticket + "/publication";
    long id = api.call(HttpRequest.POST(base, ""), lead).body().path("id").asLong();
    assertEquals(200, api.call(HttpRequest.POST(base + "/publish", ""), lead).status());

    browser.get(server.getURL() + "/answers/" + id);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"),
        "Đã thay bóng đèn"));
    String main = browser.findElement(By.tagName("main")).getText();
    assertFalse(main.contains("Phạm Minh Đức") || main.contains("0987"), main);
    assertTrue(browser.findElement(By.id("question")).getText().contains("Hùng Vương"));
    assertEquals(code, browser.findElement(By.id("track")).getText());
    assertTrue(browser.findElement(By.id("track")).getAttribute("href")
        .endsWith("/track?code=" + code));
    Accessibility.assertNoSeriousViolations(browser, "published answer page");

    // In English: the Vietnamese texts, said to be Vietnamese only, until the lead writes English.
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("english-note")));
    assertEquals("vi", browser.findElement(By.id("question")).getAttribute("lang"));
    String questionVi = api.call(HttpRequest.GET(base), lead).body().path("questionVi").asText();
    assertEquals(200, api.call(HttpRequest.PUT(base, Map.of("questionVi", questionVi,
        "answerVi", "Đã thay bóng đèn.", "questionEn", "The light outside 45 Hùng Vương is out.",
        "answerEn", "The bulb was replaced.")), lead).status());
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"),
        "The bulb was replaced."));
    assertEquals("en", browser.findElement(By.id("answer")).getAttribute("lang"));
    assertFalse(browser.findElement(By.id("english-note")).isDisplayed());
    assertFalse(browser.findElement(By.tagName("main")).getText().contains("45 Hùng"),
        "the English texts are masked too");
    Accessibility.assertNoSeriousViolations(browser, "published answer page in English");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"),
        "Đã thay bóng đèn"));

    browser.get(server.getURL() + "/answers");
    String listed = http.toBlocking().exchange("/answers", String.class).body();
    assertTrue(listed.contains("data-page=\"answers\""), listed);
    wait.until(d -> !d.findElements(By.cssSelector("#list a[href='/answers/" + id + "']"))
        .isEmpty() || !d.findElement(By.id("message")).getText().isEmpty());
    assertEquals("", browser.findElement(By.id("message")).getText(),
        browser.getPageSource());
    Accessibility.assertNoSeriousViolations(browser, "published answers list");

    browser.get(server.getURL() + "/answers/987654321");
    wait.until(d -> d.findElement(By.id("message")).getText()
        .startsWith("Không tìm thấy hỏi đáp này"));
    assertFalse(browser.findElement(By.id("item")).isDisplayed());
    Accessibility.assertNoSeriousViolations(browser, "unknown answer page");
  }
}
