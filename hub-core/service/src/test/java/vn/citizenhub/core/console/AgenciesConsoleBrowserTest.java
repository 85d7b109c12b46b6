package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.core.console.ConsoleFixtures.PASSWORD;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The console's "Cơ quan" view: an administrator edits a ward's published hours and phone; a
 * refused phone is marked beside its field with the reason in both languages; what is saved is
 * on the ward's public page at once. A coordinator sees the same form read-only. axe-core checks
 * each state.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgenciesConsoleBrowserTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject @Client("/") HttpClient http;
  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_agency_console"));
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
  void anAdministratorChangesAWardsHoursAndThePublicPageShowsThem() throws Exception {
    ConsoleFixtures fixtures = new ConsoleFixtures(http, accounts, hasher);
    String administrator = fixtures.account("quantri", "Đặng Quản Trị", StaffRole.ADMINISTRATOR,
        null);
    String coordinator = fixtures.account("dieuphoi", "Trần Thị Bình", StaffRole.COORDINATOR,
        null);

    browser = HeadlessChromium.start();
    ConsolePage page = new ConsolePage(browser, server.getURL()).open();
    page.signIn(administrator, PASSWORD);
    page.waitSignedIn("Đặng Quản Trị");
    page.navigate("nav-agencies");
    WebElement row = page.visible(By.cssSelector("tr[data-agency='UBND-27787']"));
    assertTrue(row.getText().contains("1022"), row.getText());
    page.assertAccessible("agencies list");
    row.findElement(By.tagName("a")).click();
    page.visible(By.id("agency-form"));
    assertEquals("Ủy ban nhân dân phường Kiến Tường", page.text("agency-title"));
    page.assertAccessible("agency form");

    page.type("agency-hours", "Thứ Hai đến Thứ Bảy: sáng 7:00–11:30");
    page.type("agency-contactPhone", "gọi tổng đài");
    browser.findElement(By.id("agency-save")).click();
    WebElement phoneError = page.visible(By.id("agency-contactPhone-error"));
    assertTrue(phoneError.getText().startsWith("Số điện thoại không hợp lệ"), phoneError.getText());
    assertTrue(phoneError.getText().contains("The phone number is not valid"));
    assertEquals("true", browser.findElement(By.id("agency-contactPhone"))
        .getAttribute("aria-invalid"));
    assertEquals("agency-error", browser.switchTo().activeElement().getAttribute("id"));
    page.assertAccessible("agency form with a refused phone");

    page.type("agency-contactPhone", "0272 3826 000");
    browser.findElement(By.id("agency-save")).click();
    page.waiterUntil(d -> d.findElement(By.id("agency-updated")).getText()
        .contains("bởi " + administrator));
    assertFalse(browser.findElement(By.id("agency-contactPhone-error")).isDisplayed());

    browser.get(server.getURL() + "/agencies/UBND-27787?lang=vi");
    page.waiterUntil(ExpectedConditions.textToBe(By.id("hours"),
        "Thứ Hai đến Thứ Bảy: sáng 7:00–11:30"));
    assertEquals("tel:02723826000",
        browser.findElement(By.cssSelector("#phone a")).getAttribute("href"));
    assertFalse(browser.findElement(By.tagName("body")).getText().contains(administrator),
        "no staff on the public page");

    page = new ConsolePage(browser, server.getURL()).open();
    page.signIn(coordinator, PASSWORD);
    page.waitSignedIn("Trần Thị Bình");
    browser.get(server.getURL() + "/console#/agencies/UBND-27787");
    page.visible(By.id("agency-form"));
    assertEquals("Thứ Hai đến Thứ Bảy: sáng 7:00–11:30",
        browser.findElement(By.id("agency-hours")).getDomProperty("value"));
    assertFalse(browser.findElement(By.id("agency-hours")).isEnabled(), "read-only");
    assertTrue(browser.findElements(By.id("agency-save")).isEmpty());
    page.assertAccessible("agency form, read-only");
  }
}
