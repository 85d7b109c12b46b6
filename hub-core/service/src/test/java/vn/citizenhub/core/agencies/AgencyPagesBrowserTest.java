package vn.citizenhub.core.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The agencies' pages in a real browser on a phone's screen, against the real hub: the list by
 * level, and one ward's page with its focal point (phone and e-mail as links), hours, rules, time
 * limits by kind and its figures, or the note that figures are unavailable (the public figures
 * may not be in this hub). Keyboard and the language switch; axe-core checks each state.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyPagesBrowserTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  private WebDriver browser;
  private WebDriverWait wait;

  @Override
  public Map<String, String> getProperties() {
    return new HashMap<>(HubTestProperties.realServices("core_agency_pages"));
  }

  @BeforeAll
  void startBrowser() {
    browser = HeadlessChromium.start(412, 915);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theListGroupsAgenciesByLevelAndLinksEachPage() {
    browser.get(server.getURL() + "/agencies?lang=vi");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("#groups section"), 1));
    assertEquals(List.of("province", "commune"), browser.findElements(
        By.cssSelector("#groups section")).stream().map(s -> s.getAttribute("data-level"))
        .toList());
    assertEquals(14, browser.findElements(
        By.cssSelector("section[data-level='province'] li")).size());
    assertEquals(6, browser.findElements(
        By.cssSelector("section[data-level='commune'] li")).size());
    WebElement tanAn = browser.findElement(By.cssSelector("li[data-code='UBND-27712'] a"));
    assertEquals("Ủy ban nhân dân phường Tân An", tanAn.getText());
    assertEquals("/agencies/UBND-27712", tanAn.getDomProperty("pathname"));
    Accessibility.assertNoSeriousViolations(browser, "agencies: list");

    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    wait.until(ExpectedConditions.textToBe(
        By.cssSelector("li[data-code='UBND-27712'] a"), "People's Committee of Tân An Ward"));
    assertEquals("Provincial departments and bodies",
        browser.findElement(By.id("level-province")).getText());
    Accessibility.assertNoSeriousViolations(browser, "agencies: list, English");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
  }

  @Test
  void aWardsPageShowsItsFocalPointRulesTimeLimitsAndFigures() {
    browser.get(server.getURL() + "/agencies/UBND-27712?lang=vi");
    wait.until(ExpectedConditions.textToBe(By.id("agency-name"),
        "Ủy ban nhân dân phường Tân An"));
    assertEquals("Trung tâm Phục vụ hành chính công phường Tân An", text("focal-unit"));
    WebElement phone = browser.findElement(By.cssSelector("#phone a"));
    assertEquals("1022", phone.getText());
    assertEquals("tel:1022", phone.getAttribute("href"));
    WebElement email = browser.findElement(By.cssSelector("#email a"));
    assertEquals("mailto:ubndptanan@tayninh.gov.vn", email.getAttribute("href"));
    assertEquals("Phường Tân An, tỉnh Tây Ninh", text("address"));
    assertTrue(text("hours").startsWith("Thứ Hai đến Thứ Sáu"), text("hours"));
    List<WebElement> rules = browser.findElements(By.cssSelector("#rules-text p"));
    assertEquals(9, rules.size(), "the title line and eight rules, one paragraph each");
    assertTrue(rules.get(1).getText().startsWith("1. Tiếp nhận"), rules.get(1).getText());
    assertTrue(text("rules-updated").matches("Cập nhật ngày \\d{2}/\\d{2}/\\d{4}"));

    // One row per legal clock some category is timed by (no category of the demo catalog is
    // timed by the complex information request's clock).
    assertEquals(Set.of("PAKN_10WD", "COMPLAINT_30D", "INFO_SIMPLE_3WD", "LEGAL_DOC_15D"),
        browser.findElements(By.cssSelector("#time-limits-table tbody tr")).stream()
            .map(tr -> tr.getAttribute("data-clock")).collect(Collectors.toSet()));
    WebElement pakn = browser.findElement(By.cssSelector("tr[data-clock='PAKN_10WD']"));
    assertTrue(pakn.findElement(By.tagName("th")).getText().startsWith("Phản ánh, kiến nghị"));
    assertEquals("10 ngày làm việc", pakn.findElements(By.tagName("td")).get(1).getText());

    // The figures come from the public figures when this hub has them; either way the section
    // says something and the rest of the page stands.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("figures-loading")));
    boolean table = !browser.findElements(By.cssSelector("#figures-table tbody tr")).isEmpty();
    boolean unavailable = browser.findElement(By.id("figures-unavailable")).isDisplayed();
    assertTrue(table != unavailable, "the figures' table or the note, not both nor neither");
    if (table) {
      assertEquals(12, browser.findElements(By.cssSelector("#figures-table tbody tr")).size());
      assertEquals(3, browser.findElements(By.cssSelector("#figures img[alt]")).size());
    } else {
      assertTrue(text("figures-unavailable").startsWith("Số liệu tạm thời chưa có"));
    }
    Accessibility.assertNoSeriousViolations(browser, "agencies: Tân An ward");

    // Keyboard: skip link, then the way back to the list, then the phone link.
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("class"));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals("/agencies", browser.switchTo().activeElement().getDomProperty("pathname"));
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals("tel:1022", browser.switchTo().activeElement().getAttribute("href"));

    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("agency-name"),
        "People's Committee of Tân An Ward"));
    assertEquals("Tân An Ward, Tây Ninh Province", text("address"));
    assertTrue(text("hours").startsWith("Monday to Friday"), text("hours"));
    assertEquals("10 working days", browser.findElement(By.cssSelector(
        "tr[data-clock='PAKN_10WD']")).findElements(By.tagName("td")).get(1).getText());
    assertTrue(browser.findElement(By.id("rules-text")).getText().contains("Anonymous reports"));
    assertFalse(text("rules-text").contains("Nghị định"), "the rules are in English");
    Accessibility.assertNoSeriousViolations(browser, "agencies: Tân An ward, English");
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='vi']")).click();
  }

  @Test
  void anUnknownCodeSaysSo() {
    browser.get(server.getURL() + "/agencies/KHONG-CO?lang=vi");
    wait.until(ExpectedConditions.textToBe(By.id("message"), "Không tìm thấy cơ quan này."));
    assertFalse(browser.findElement(By.id("agency")).isDisplayed());
    Accessibility.assertNoSeriousViolations(browser, "agencies: unknown code");
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
