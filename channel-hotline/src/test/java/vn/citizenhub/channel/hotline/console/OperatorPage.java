package vn.citizenhub.channel.hotline.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.testsupport.browser.Accessibility;

/** The operator's console as an operator uses it: every step waits for what the page shows next. */
final class OperatorPage {

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  OperatorPage(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(this::whatIsShown);
  }

  OperatorPage open() {
    driver.get(base + "/hotline");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    visible(By.id("signin-form"));
    return this;
  }

  void signIn(String username, String password) {
    type("signin-username", username);
    type("signin-password", password);
    driver.findElement(By.id("signin-submit")).click();
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement byId(String id) {
    return visible(By.id(id));
  }

  String text(String id) {
    return byId(id).getText();
  }

  void type(String id, CharSequence... keys) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(keys);
  }

  void choose(String selectId, String value) {
    new Select(byId(selectId)).selectByValue(value);
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  void waitText(String id, String expected) {
    wait.until(d -> d.findElement(By.id(id)).getText().contains(expected));
  }

  void waitAttribute(String id, String attribute, String expected) {
    wait.until(ExpectedConditions.attributeToBe(By.id(id), attribute, expected));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Fails on any serious or critical WCAG 2.1 A/AA violation in what the screen shows now. */
  void assertAccessible(String state) {
    Accessibility.assertNoSeriousViolations(driver, "hotline screen: " + state);
  }

  /** A picture of the page under target/, for a human to look at after the run. */
  void snapshot(String name) {
    try {
      Path dir = Path.of("target", "hotline-screens");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String whatIsShown() {
    try {
      String notice = driver.findElement(By.id("notice")).getText();
      String main = driver.findElement(By.id("main")).getText();
      return "page shows: notice=[" + notice + "] main=["
          + main.substring(0, Math.min(main.length(), 1500)) + "]";
    } catch (RuntimeException e) {
      return "page unreadable: " + e;
    }
  }
}
