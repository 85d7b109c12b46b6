package vn.citizenhub.core.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * A lead in the console: the "Kiến thức" view with an overdue article highlighted, then a
 * resolved ticket's "Công khai hỏi đáp": the masked draft with what was hidden, published. Each
 * state passes the accessibility check.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeConsoleBrowserTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject EmbeddedServer server;
  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_knowledge_console"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void startBrowser() {
    browser = HeadlessChromium.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aLeadKeepsArticlesAndPublishesAResolvedTicketsQuestionAndAnswer() throws Exception {
    StaffApi api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "lanhdao.kienthuc", StaffRole.AGENCY_LEAD,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi.kienthuc", StaffRole.COORDINATOR, null,
        PASSWORD);
    String lead = api.token("lanhdao.kienthuc", PASSWORD);
    String coordinator = api.token("dieuphoi.kienthuc", PASSWORD);
    Map<String, Object> overdue = new HashMap<>(Map.of("kind", "FAQ",
        "agencyCode", "UBND-27712", "titleVi", "Bài cần rà soát lại", "bodyVi", "Nội dung cũ.",
        "reviewBy", LocalDate.now().minusDays(3).toString()));
    long article = api.call(HttpRequest.POST("/api/staff/knowledge/articles", overdue)
        .contentType(MediaType.APPLICATION_JSON_TYPE), lead).body().path("id").asLong();

    IntakeEnvelope envelope = Envelopes.webReport(UUID.randomUUID().toString(), "STREET_LIGHT",
        Envelopes.TAN_AN, "Đèn tắt trước số 8 Hùng Vương, gọi 0987 111 222.");
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    String find = "/api/staff/tickets?q=" + code;
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(find, coordinator).body().path("total").asInt() == 1);
    long ticket = api.get(find, coordinator).body().path("items").get(0).path("id").asLong();
    int version = api.get("/api/staff/tickets/" + ticket, lead).body().path("version").asInt();
    assertEquals(200, api.act(ticket, lead, Map.of("action", "RESOLVE", "version", version,
        "closureCode", "FIXED", "text", "Đã thay bóng đèn.")).status());

    ConsolePage console = new ConsolePage(browser, server.getURL()).open();
    console.signIn("lanhdao.kienthuc", PASSWORD);
    console.waitSignedIn("Cán bộ lanhdao.kienthuc");
    console.navigate("nav-knowledge");
    console.visible(By.cssSelector("#articles tr.overdue[data-id='" + article + "']"));
    assertTrue(console.text("articles").contains("Quá hạn"));
    console.assertAccessible("knowledge view");
    browser.findElement(By.id("article-new")).click();
    console.visible(By.id("article-form"));
    console.assertAccessible("new article form");

    browser.get(server.getURL() + "/console#/tickets/" + ticket);
    console.visible(By.id("publication-draft")).click();
    console.visible(By.cssSelector("#publication-masked li[data-kind='PHONE']"));
    assertFalse(browser.findElement(By.id("publication-question")).getAttribute("value")
        .contains("0987"));
    console.assertAccessible("publication draft");
    // The lead adds the English pair by keyboard; a phone typed into it is masked on save.
    browser.findElement(By.id("publication-question-en"))
        .sendKeys("The street light is out. Call 0987 111 222.");
    browser.findElement(By.id("publication-answer-en")).sendKeys("The bulb was replaced.");
    browser.findElement(By.id("publication-save")).click();
    console.waiterUntil(d -> d.findElement(By.id("publication-question-en"))
        .getAttribute("value").equals("The street light is out. Call ***."));
    assertEquals("The bulb was replaced.", browser.findElement(By.id("publication-answer-en"))
        .getAttribute("value"));
    browser.findElement(By.id("publication-publish")).click();
    console.waiterUntil(ExpectedConditions.attributeToBe(By.id("publication-status"),
        "data-status", "PUBLISHED"));
    console.visible(By.id("publication-withdraw"));
  }
}
