package vn.citizenhub.core.publicapi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.deadletter.DeadLetter;
import vn.citizenhub.core.deadletter.DeadLetterBook;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The citizen's tracking page in a real browser, from the keyboard, in each state it can show:
 * the empty form, a malformed code, a code not (yet) known, a ticket found, and a report the hub
 * parked that staff will call back about. Each state passes the accessibility check.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingPageBrowserTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject DeadLetterBook book;
  @Inject @Client("/") HttpClient http;
  private WebDriver browser;
  private WebDriverWait wait;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_track_browser");
  }

  @BeforeAll
  void startBrowser() {
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCitizenTypesCodesWithTheKeyboardAndReadsEachAnswer() throws Exception {
    IntakeEnvelope report =
        Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN);
    KafkaProbe.send(report);
    String code = new TrackingCode(report.trackingCode()).display();
    await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> "ROUTED".equals(
        ContractJson.mapper().readTree(http.toBlocking().retrieve("/api/public/tickets/" + code))
            .path("status").asText()));

    browser.get(server.getURL() + "/track");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("code")));
    Accessibility.assertNoSeriousViolations(browser, "tracking page: empty form");
    // The first Tab reaches the portal's skip link; Enter jumps to the page's content, the next
    // Tab is the code box, and the ring (two-toned: amber outside, ink inside) shows it.
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("class"));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("code", focused.getAttribute("id"));
    assertEquals("solid", focused.getCssValue("outline-style"));
    assertEquals("rgba(255, 179, 0, 1)", focused.getCssValue("outline-color"));
    assertTrue(focused.getCssValue("box-shadow").startsWith("rgb(28, 27, 31) 0px 0px 0px 2px"),
        focused.getCssValue("box-shadow"));

    lookUpByKeyboard("ABC");
    waitMessage("Mã tra cứu không đúng");
    Accessibility.assertNoSeriousViolations(browser, "tracking page: malformed code");

    String unknown = TrackingCode.generate(Channel.WEB).display();
    lookUpByKeyboard(unknown);
    waitMessage("Chưa tìm thấy phản ánh có mã " + unknown);
    // The portal speaks one language at a time: the switch re-words the refusal too.
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    waitMessage("No report has code " + unknown);
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
    waitMessage("Chưa tìm thấy phản ánh có mã " + unknown);
    browser.findElement(By.id("code")).click(); // back in the code box after the switch
    assertFalse(browser.findElement(By.id("result")).isDisplayed());
    Accessibility.assertNoSeriousViolations(browser, "tracking page: not found");

    lookUpByKeyboard(code.toLowerCase());
    wait.until(ExpectedConditions.textToBe(By.id("status"),
        "Đã chuyển đến cơ quan có thẩm quyền"));
    assertEquals(code, browser.findElement(By.id("tracking-code")).getText());
    assertEquals("", browser.findElement(By.id("message")).getText());
    assertEquals(List.of("RECEIVED", "ROUTED"),
        browser.findElements(By.cssSelector("#timeline li")).stream()
            .map(li -> li.getAttribute("data-type")).toList());
    assertTrue(browser.getCurrentUrl().endsWith("?code=" + code), browser.getCurrentUrl());
    assertFalse(browser.findElement(By.tagName("main")).getText().contains("Nguyễn Văn An"));
    Accessibility.assertNoSeriousViolations(browser, "tracking page: found");
  }

  @Test
  void aReportTheHubParkedSaysStaffWillCallBack() throws Exception {
    TrackingCode parked = TrackingCode.generate(Channel.WEB);
    book.record(new DeadLetter.Parked(Instant.now(), "hub.intake.v1", 0, 17L, "env-track",
        parked.value(), "WEB", "INVALID_ENVELOPE", "invalid envelope: payload.description"));

    browser.get(server.getURL() + "/track?code=" + parked.display());
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Cần liên hệ lại"));
    assertTrue(browser.findElement(By.id("call-back")).isDisplayed());
    assertTrue(browser.findElement(By.id("call-back-vi")).getText()
        .startsWith("Phản ánh của bạn đã được tiếp nhận"));
    assertEquals("Cán bộ sẽ liên hệ lại", browser.findElement(By.id("agency")).getText());
    Accessibility.assertNoSeriousViolations(browser, "tracking page: needs a call back");
  }

  /** In the focused code box: select what is there, type over it, Enter. No mouse. */
  private void lookUpByKeyboard(String code) {
    WebElement input = browser.switchTo().activeElement();
    assertEquals("code", input.getAttribute("id"), "the focus stays in the code box");
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(code, Keys.ENTER);
  }

  private void waitMessage(String start) {
    wait.until(d -> d.findElement(By.id("message")).getText().startsWith(start));
  }
}
