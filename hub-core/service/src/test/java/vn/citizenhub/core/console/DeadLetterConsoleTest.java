package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.core.console.ConsoleFixtures.PASSWORD;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.deadletter.DeadLetter;
import vn.citizenhub.core.deadletter.DeadLetterBook;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The coordinator's desk in a real browser lists intake the hub parked (the intake side is
 * IntakeDeadLetterTest's) and acknowledges it with one click, through the staff API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterConsoleTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject DeadLetterBook book;
  @Inject @Client("/") HttpClient http;
  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_dlq_console"));
    p.put("hub.intake.consumer.enabled", "false");
    return p;
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theCoordinatorSeesAParkedReportAndAcknowledgesIt() throws Exception {
    TrackingCode code = TrackingCode.generate(Channel.WEB);
    book.record(new DeadLetter.Parked(Instant.now(), "hub.intake.v1", 2, 4711L, "env-1",
        code.value(), "WEB", "INVALID_ENVELOPE",
        "invalid envelope: payload.location.latitude NOT_FINITE"));
    String coordinator = new ConsoleFixtures(http, accounts, hasher)
        .account("dieuphoi", "Trần Thị Bình", StaffRole.COORDINATOR, null);

    browser = HeadlessChromium.start();
    ConsolePage page = new ConsolePage(browser, server.getURL()).open();
    page.signIn(coordinator, PASSWORD);
    page.waitSignedIn("Trần Thị Bình");
    page.navigate("nav-coordination");
    WebElement line = page.visible(By.cssSelector("li[data-testid='dead-letter']"));
    assertEquals("1", page.text("dead-letters-count"));
    assertTrue(line.getText().contains(code.value()), line.getText());
    assertTrue(line.getText().contains("INVALID_ENVELOPE"), line.getText());
    page.assertAccessible("coordination desk with a parked report");

    line.findElement(By.cssSelector("button[data-testid='acknowledge-dead-letter']")).click();
    page.waiterUntil(d -> d.findElements(By.cssSelector("li[data-testid='dead-letter']"))
        .isEmpty());
    assertEquals("0", page.text("dead-letters-count"));
    page.assertAccessible("coordination desk, nothing parked");
    assertEquals(0, book.unacknowledged());
    assertEquals(coordinator, book.list(true).get(0).acknowledgedBy());
  }
}
