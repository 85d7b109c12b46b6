package vn.citizenhub.deploy;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.testsupport.browser.Accessibility;

/**
 * One browser on the all-in-one hub, used as a citizen on the portal and as an officer in the
 * console. Every step waits for what the page shows next, never for a fixed time, and a timeout
 * says what the page showed instead.
 */
final class HubBrowser {

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  HubBrowser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(this::whatIsShown);
  }

  WebDriver driver() {
    return driver;
  }

  /** A portal page, once its shared header (with the language switch) is drawn. */
  void openPortal(String pathOrUrl) {
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    until(d -> !d.findElements(By.cssSelector("#site-header .lang-switch")).isEmpty());
  }

  WebElement el(String id) {
    return driver.findElement(By.id(id));
  }

  String text(String id) {
    return el(id).getText().strip();
  }

  boolean shown(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  void until(Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  void waitShown(String id) {
    until(d -> shown(id));
  }

  void waitText(String id, String expected) {
    until(d -> expected.equals(text(id)));
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  void type(String id, String text) {
    WebElement field = visible(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void selectValue(String id, String value) {
    until(d -> !el(id).findElements(By.cssSelector("option[value='" + value + "']")).isEmpty());
    new Select(el(id)).selectByValue(value);
  }

  void selectText(String id, String visibleText) {
    new Select(visible(By.id(id))).selectByVisibleText(visibleText);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Fails on any serious or critical WCAG 2.1 A/AA violation in what the page shows now. */
  void assertAccessible(String state) {
    Accessibility.assertNoSeriousViolations(driver, state);
  }

  // The staff console

  /** The console with no session, signed in as this officer. */
  void signInToConsole(String username, String password, String displayName) {
    driver.get(base + "/console");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    type("signin-username", username);
    type("signin-password", password);
    click(By.id("signin-submit"));
    wait.until(ExpectedConditions.textToBe(By.id("whoami-name"), displayName));
  }

  /** Opens a ticket hub-core has routed to the officer from the console's inbox. */
  void openFromInbox(String displayCode) {
    click(By.cssSelector("tr[data-testid='inbox-row'][data-tracking-code='" + displayCode
        + "']"));
    wait.until(ExpectedConditions.textToBe(By.id("ticket-code"), "Phiếu " + displayCode));
  }

  private String whatIsShown() {
    try {
      return "the page (" + driver.getCurrentUrl() + ") shows: "
          + driver.findElement(By.tagName("main")).getText().replace('\n', ' ');
    } catch (RuntimeException e) {
      return "the page cannot be read: " + e.getMessage();
    }
  }
}
