package vn.citizenhub.channel.web.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import vn.citizenhub.testsupport.browser.Accessibility;

/** Drives the portal's pages as a citizen does, and reads what they show. */
final class PortalPage {

  private static final int MAX_TABS = 60;

  private final WebDriver browser;
  private final String base;

  PortalPage(WebDriver browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  void open(String path) {
    browser.get(base + path);
    waitUntil(d -> !el("site-header").findElements(By.cssSelector(".lang-switch")).isEmpty());
  }

  WebElement el(String id) {
    return browser.findElement(By.id(id));
  }

  String text(String id) {
    return el(id).getText().strip();
  }

  boolean shown(String id) {
    List<WebElement> found = browser.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }

  void waitShown(String id) {
    waitUntil(d -> shown(id));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  Object asyncJs(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeAsyncScript(script, args);
  }

  String lang() {
    return (String) js("return document.documentElement.lang;");
  }

  void switchLanguage(String lang) {
    browser.findElement(By.cssSelector(".lang-switch button[data-lang='" + lang + "']")).click();
    waitUntil(d -> lang.equals(lang()));
  }

  /** The focused element's id. */
  String focused() {
    return browser.switchTo().activeElement().getAttribute("id");
  }

  /** Presses Tab (only the keyboard) until the element with this id has the focus. */
  void tabTo(String id) {
    for (int i = 0; i < MAX_TABS; i++) {
      if (id.equals(focused())) {
        return;
      }
      keys(Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + "; stuck at #" + focused());
  }

  /**
   * Key presses to whatever has the focus, as a keyboard sends them (not WebElement.sendKeys,
   * which on a file input would pick a file instead of moving on).
   */
  void keys(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  /** With the focus on a closed select, Arrow Down until the chosen option reads so. */
  void arrowToOption(String selectId, String optionText) {
    for (int i = 0; i < 40; i++) {
      String chosen = (String) js("const s = document.getElementById(arguments[0]);"
          + " return s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text;", selectId);
      if (optionText.equals(chosen)) {
        return;
      }
      keys(Keys.ARROW_DOWN);
    }
    throw new AssertionError("no option " + optionText + " in #" + selectId);
  }

  void checkAccessibility(String state) {
    Accessibility.assertNoSeriousViolations(browser, state);
  }

  /** Reads the QR code shown in an image element, as a phone's camera would. */
  String decodeQr(String id) throws IOException, NotFoundException, ChecksumException,
      FormatException {
    WebElement img = el(id);
    waitUntil(d -> Boolean.TRUE.equals(js(
        "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", img)));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        img.getScreenshotAs(OutputType.BYTES)));
    assertTrue(image.getWidth() >= 150, "the QR code is drawn large enough to scan");
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0,
        image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
  }
}
