package vn.citizenhub.core.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.testsupport.browser.Accessibility;

/**
 * The console as a staff member uses it, for the browser tests: every step waits explicitly for
 * what the page shows next, never for a fixed time.
 */
final class ConsolePage {

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  ConsolePage(WebDriver driver, URL server) {
    this.driver = driver;
    this.base = server.toString().replaceAll("/$", "");
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    // A timeout says what the page showed instead.
    wait.withMessage(this::whatIsShown);
  }

  /** The console with no session: a fresh sign-in form. */
  ConsolePage open() {
    driver.get(base + "/console");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    visible(By.id("signin-form"));
    return this;
  }

  void signIn(String username, String password) {
    WebElement user = visible(By.id("signin-username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass = driver.findElement(By.id("signin-password"));
    pass.clear();
    pass.sendKeys(password);
    driver.findElement(By.id("signin-submit")).click();
  }

  void waitSignedIn(String displayName) {
    wait.until(ExpectedConditions.textToBe(By.id("whoami-name"), displayName));
  }

  String signInError() {
    return visible(By.id("signin-error")).getText();
  }

  String text(String id) {
    return visible(By.id(id)).getText();
  }

  void signOut() {
    click(By.id("signout"));
    visible(By.id("signin-form"));
  }

  /** The session cookie: the HTTP-only one (whatever the server names it). */
  Cookie sessionCookie() {
    return driver.manage().getCookies().stream().filter(Cookie::isHttpOnly).findFirst()
        .orElse(null);
  }

  // Inbox

  void search(String words) {
    WebElement box = visible(By.id("inbox-search"));
    box.clear();
    box.sendKeys(words, Keys.ENTER);
  }

  void filter(String id, String value) {
    new Select(visible(By.id(id))).selectByValue(value);
  }

  /** Waits until the inbox (or a coordinator's list) shows at least these tickets. */
  void waitSomeRows(String testid, List<String> codes) {
    wait.until(d -> rowCodes(testid).containsAll(codes));
  }

  List<String> rowCodes(String testid) {
    return driver.findElements(By.cssSelector("tr[data-testid='" + testid + "-row']")).stream()
        .map(r -> r.getAttribute("data-tracking-code")).toList();
  }

  WebElement row(String testid, String code) {
    return visible(By.cssSelector(
        "tr[data-testid='" + testid + "-row'][data-tracking-code='" + code + "']"));
  }

  void navigate(String linkId) {
    click(By.id(linkId));
  }

  // Ticket page

  void openTicket(String testid, String code) {
    row(testid, code).click();
    wait.until(ExpectedConditions.textToBe(By.id("ticket-code"), "Phiếu " + code));
  }

  void waitStatus(String label) {
    wait.until(ExpectedConditions.textToBe(By.id("ticket-status"), label));
  }

  List<WebElement> timeline() {
    return driver.findElements(By.cssSelector("#timeline li[data-testid='timeline-entry']"));
  }

  void waitTimeline(int entries) {
    wait.until(d -> timeline().size() == entries);
  }

  List<String> actions() {
    return driver.findElements(By.cssSelector("#actions button[data-action]")).stream()
        .map(b -> b.getAttribute("data-action")).toList();
  }

  void startAction(String action) {
    click(By.cssSelector("#actions button[data-action='" + action + "']"));
    visible(By.cssSelector("#action-form[data-action='" + action + "']"));
  }

  void type(String id, String text) {
    WebElement field = visible(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void choose(String id, String visibleText) {
    new Select(visible(By.id(id))).selectByVisibleText(visibleText);
  }

  String value(String id) {
    return visible(By.id(id)).getDomProperty("value");
  }

  void submitAction() {
    click(By.id("action-submit"));
  }

  String notice() {
    return visible(By.id("notice")).getText();
  }

  String actionError() {
    return visible(By.id("action-error")).getText();
  }

  /** Fails on any serious or critical WCAG 2.1 A/AA violation in what the console shows now. */
  void assertAccessible(String state) {
    Accessibility.assertNoSeriousViolations(driver, "console: " + state);
  }

  // Plumbing

  /**
   * Saves what the browser shows as {@code <name>.png} when {@code -Dconsole.screenshots=<dir>}
   * is given, for a person to look at the console without starting it; otherwise nothing.
   */
  void snapshot(String name) {
    String dir = System.getProperty("console.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Path target = Files.createDirectories(Path.of(dir)).resolve(name + ".png");
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void waiterUntil(Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private String whatIsShown() {
    try {
      String notice = driver.findElement(By.id("notice")).getText();
      return "the page shows: [" + notice + "] " + driver.findElement(By.id("main")).getText()
          .replace('\n', ' ');
    } catch (RuntimeException e) {
      return "the page cannot be read: " + e.getMessage();
    }
  }

  private void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }
}
