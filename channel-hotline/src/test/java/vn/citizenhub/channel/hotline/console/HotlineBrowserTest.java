package vn.citizenhub.channel.hotline.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.citizenhub.channel.hotline.Api;
import vn.citizenhub.channel.hotline.KnowledgeRows;
import vn.citizenhub.channel.hotline.PhoneSystem;
import vn.citizenhub.channel.hotline.Staff;
import vn.citizenhub.channel.hotline.sms.FakeSmsGateway;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * Whole calls in the operator's console, in headless Chromium, against the hotline and hub-core
 * in one JVM over the real broker and database: the phone system's signed event pops the caller
 * up, their Zalo report is in the history, the knowledge lookup answers, the form makes a ticket
 * and the code to read back is on screen.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineBrowserTest implements TestPropertyProvider {

  static final Duration WITHIN = Duration.ofSeconds(20);

  private final FakeSmsGateway sms = new FakeSmsGateway();

  @Inject
  EmbeddedServer server;
  @Inject
  @Client("/")
  HttpClient http;
  @Inject
  StaffAccounts accounts;
  @Inject
  PasswordHasher hasher;
  @Inject
  JdbcDatabase database;

  private WebDriver browser;
  private OperatorPage page;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_browser"));
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.hotline.sms.url", sms.url());
    p.put("hub.hotline.sms.api-key", FakeSmsGateway.KEY);
    p.put("hub.search.refresh-interval", "1s");
    return p;
  }

  @BeforeAll
  void startBrowser() {
    // An operator's wide screen: the call form beside the caller's history.
    browser = HeadlessChromium.start(1440, 1000);
    page = new OperatorPage(browser, server.getURL().toString());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    sms.close();
  }

  /** The province's articles the F3 lookup finds, once hub-core's search has indexed them. */
  private void publishKnowledge() {
    KnowledgeRows.publish(new SqlProbe(database.pool()), () -> http.toBlocking().retrieve(
        "/api/public/search?q=den+duong+tat&type=ARTICLE").contains("/articles/9001"));
  }

  private String zaloReport(String phone) {
    IntakeEnvelope zalo = IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.ZALO, "msg-" + UUID.randomUUID(),
        new CitizenRef("zalo:" + UUID.randomUUID().toString().replace("-", ""), "Võ Thị Mai",
            phone, null),
        TrackingCode.generate(Channel.ZALO).value(),
        new NewReport(ItemKind.REPORT, "STREET_LIGHT",
            "Đèn đường đầu hẻm 7 Lý Thường Kiệt chập chờn, tối qua tắt hẳn.",
            new Location("27712", null, null, "Hẻm 7 Lý Thường Kiệt"), List.of(),
            new Consent(true, "zalo-2025-07", Instant.now())));
    KafkaProbe.send(zalo);
    String code = new TrackingCode(zalo.trackingCode()).display();
    awaitStatus(code, "ROUTED");
    return code;
  }

  private void awaitStatus(String code, String status) {
    Api api = new Api(http);
    await().atMost(WITHIN).ignoreExceptions().until(() -> status.equals(
        api.get("/api/public/tickets/" + code, null).text("status")));
  }

  private void signInAtDesk(String extension) throws Exception {
    String operator = new Staff(accounts, hasher).account("Nguyễn Thị Lan",
        StaffRole.HOTLINE_OPERATOR, null);
    page.open().assertAccessible("sign-in form");
    page.signIn(operator, Staff.PASSWORD);
    page.waitText("whoami-name", "Nguyễn Thị Lan");
    page.assertAccessible("signed in, no desk yet");
    page.type("desk-extension", extension, Keys.ENTER);
    page.waitAttribute("screen-status", "data-state", "on");
    page.waitText("screen-status", extension);
    page.assertAccessible("at the desk, waiting for a call");
  }

  @Test
  void aWholeCallFromTheRingingPopUpToTheCodeReadBack() throws Exception {
    String zaloCode = zaloReport("0987 654 321");
    signInAtDesk("401");

    String callId = "pbx-" + UUID.randomUUID();
    PhoneSystem phone = new PhoneSystem(http);
    assertEquals(202, phone.send("ringing", callId, "0987654321", "401"));
    page.until(d -> "0987 654 321".equals(d.findElement(By.id("caller-phone"))
        .getDomProperty("value")));
    page.waitAttribute("call-state", "data-state", "ringing");
    assertEquals(202, phone.send("answered", callId, "0987654321", "401"));
    page.waitAttribute("call-state", "data-state", "answered");
    WebElement zalo = page.visible(By.cssSelector("#history-open li[data-code='" + zaloCode + "']"));
    assertTrue(zalo.getText().contains("Zalo"), zalo.getText());
    assertTrue(zalo.getText().contains("Đèn đường đầu hẻm 7"), zalo.getText());
    page.snapshot("1-caller-popped-up");
    page.assertAccessible("caller popped up with their history");

    // The caller asks about a street light: the knowledge lookup, without diacritics.
    publishKnowledge();
    browser.findElement(By.tagName("body")).sendKeys(Keys.F3);
    page.until(d -> "kb-query".equals(d.switchTo().activeElement().getAttribute("id")));
    browser.switchTo().activeElement().sendKeys("den duong tat");
    // Among the province's own guides (the knowledge store's seed has one on street lights too).
    page.until(d -> d.findElements(By.cssSelector("#kb-results h3")).stream()
        .anyMatch(h3 -> h3.getText().equals(KnowledgeRows.STREET_LIGHT)));
    page.assertAccessible("knowledge lookup answered");

    // It is a new report after all: the form, from the keyboard.
    page.choose("call-category", "STREET_LIGHT");
    page.type("commune-filter", "tan an");
    page.until(d -> "27712".equals(d.findElement(By.id("call-commune")).getDomProperty("value")));
    // The Zalo report is an open ticket of the same category nearby: offered to attach to.
    page.visible(By.cssSelector("#nearby-list li[data-code='" + zaloCode + "']"));
    page.assertAccessible("call form with an open ticket nearby");
    page.type("call-address", "Trước số 12 Hùng Vương");
    page.type("call-description", "Đèn đường trước số 12 Hùng Vương tắt ba đêm liền, rất tối.");
    page.type("call-caller-name", "Võ Thị Mai");
    assertEquals("0987 654 321", page.byId("call-caller-phone").getDomProperty("value"));
    assertTrue(page.text("consent-text").contains("Ông/bà có đồng ý không ạ?"));
    page.byId("call-consent").click();
    page.byId("call-description").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    String code = page.until(d -> {
      String shown = d.findElement(By.id("result-code")).getText();
      return TrackingCode.parse(shown).isPresent() ? shown : null;
    });
    assertTrue(code.startsWith("H"), code);
    assertTrue(page.text("result-spoken").contains("–"), page.text("result-spoken"));
    assertTrue(page.text("result-message").contains(code));
    page.snapshot("2-code-to-read-back");
    page.assertAccessible("code to read back");
    awaitStatus(code, "ROUTED");
    await().atMost(WITHIN).until(() -> sms.accepted().stream()
        .anyMatch(m -> m.to().equals("84987654321") && m.text().contains(code)));

    assertEquals(202, phone.send("ended", callId, null, null));
    page.waitAttribute("call-state", "data-state", "recorded");
    page.waitText("call-state", code);
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    page.until(d -> d.findElement(By.id("caller-phone")).getDomProperty("value").isEmpty());
    page.assertAccessible("call closed, ready for the next");
  }

  @Test
  void aTypedCallAnsweredOnTheSpotFromTheKnowledgeLookup() throws Exception {
    signInAtDesk("402");
    page.type("caller-phone", "0912 111 333", Keys.ENTER);
    page.waitAttribute("call-state", "data-state", "answered");
    page.visible(By.id("history-open"));

    publishKnowledge();
    page.type("kb-query", "khai sinh");
    WebElement use = page.until(d -> d.findElements(By.cssSelector("#kb-results button")).stream()
        .findFirst().orElse(null));
    use.click();
    assertEquals("true", page.byId("outcome-ANSWERED_ON_THE_SPOT").getAttribute("aria-checked"));
    assertTrue(page.byId("call-answer").getDomProperty("value").contains("khai sinh"));
    assertEquals("ADMIN_PROCEDURE", page.byId("call-category").getDomProperty("value"));
    page.assertAccessible("answered on the spot from the knowledge lookup");
    page.type("commune-filter", "tan an");
    page.type("call-description", "Hỏi nơi đăng ký khai sinh cho con mới sinh.");
    page.byId("call-consent").click();
    page.byId("call-submit").click();

    String code = page.until(d -> {
      String shown = d.findElement(By.id("result-code")).getText();
      return TrackingCode.parse(shown).isPresent() ? shown : null;
    });
    awaitStatus(code, "RESOLVED");
    page.snapshot("3-answered-on-the-spot");
  }

  @Test
  void aTypedCallAddsToTheCallersOpenTicketInsteadOfANewOne() throws Exception {
    String zaloCode = zaloReport("0977 888 111");
    signInAtDesk("403");
    page.type("caller-phone", "0977888111", Keys.ENTER);
    WebElement ticket = page.visible(
        By.cssSelector("#history-open li[data-code='" + zaloCode + "'] button"));
    ticket.click();
    assertEquals("true", page.byId("outcome-FOLLOW_UP").getAttribute("aria-checked"));
    assertEquals(zaloCode, page.byId("followup-code").getDomProperty("value"));
    page.assertAccessible("follow-up to the caller's open ticket");
    page.byId("followup-message").sendKeys("Người gọi cho biết tối nay đèn vẫn tắt.",
        Keys.chord(Keys.CONTROL, Keys.ENTER));
    page.waitText("result-code", zaloCode);
    page.waitAttribute("call-state", "data-state", "recorded");
    await().atMost(WITHIN).until(() -> new Api(http).get("/api/public/tickets/" + zaloCode, null)
        .body().toString().contains("bổ sung thông tin"));
  }

  @Test
  void aCoordinatorReadsTheFiguresOfTheDay() throws Exception {
    String coordinator = new Staff(accounts, hasher).account("Võ Minh Điều Phối",
        StaffRole.COORDINATOR, null);
    Api api = new Api(http);
    String token = api.token(coordinator, Staff.PASSWORD);
    String callId = api.post("/api/hotline/calls", Map.of("caller", "0912 222 444"), token)
        .text("callId");
    assertEquals(200, api.post("/api/hotline/calls/" + callId + "/close",
        Map.of("outcome", "WRONG_NUMBER"), token).status());

    page.open().signIn(coordinator, Staff.PASSWORD);
    page.byId("nav-figures").click();
    WebElement line = page.visible(By.cssSelector(
        "#figures-operators tr[data-operator='" + coordinator + "']"));
    assertTrue(line.getText().contains("1"), line.getText());
    assertTrue(page.text("figures-days").contains("Cuộc gọi"));
    page.snapshot("4-figures");
    page.assertAccessible("figures of the day");
  }
}
