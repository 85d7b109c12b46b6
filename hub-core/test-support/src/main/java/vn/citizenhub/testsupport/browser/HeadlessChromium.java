package vn.citizenhub.testsupport.browser;

import java.io.File;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed Chromium and its driver, headless, for every browser test in the hub. Both are
 * named explicitly, so Selenium Manager never looks for (or downloads) a browser: the build
 * network is closed. A machine without them fails the browser tests loudly rather than skipping
 * them. {@code -Dconsole.chromium=<path>} and {@code -Dconsole.chromedriver=<path>} point
 * elsewhere.
 *
 * <p>A module that uses it declares {@code org.seleniumhq.selenium:selenium-java} in test scope
 * (test-support has it as optional, so modules without browser tests don't carry it).
 */
public final class HeadlessChromium {

  /** The browser's binary. */
  public static final String BROWSER =
      System.getProperty("console.chromium", "/usr/bin/chromium");
  /** The driver's binary (same major version as the browser). */
  public static final String DRIVER =
      System.getProperty("console.chromedriver", "/usr/bin/chromedriver");
  /** The window of {@link #start()}: a desk's screen. */
  public static final int WIDTH = 1280;
  public static final int HEIGHT = 900;

  private HeadlessChromium() {}

  /** A new headless Chromium with a {@value #WIDTH}×{@value #HEIGHT} window, in Vietnamese. */
  public static ChromeDriver start() {
    return start(WIDTH, HEIGHT);
  }

  /** A new headless Chromium with a window of this size, in Vietnamese; the caller quits it. */
  public static ChromeDriver start(int width, int height) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(executable(DRIVER, "chromedriver"))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable(BROWSER, "chromium"));
    // Nothing in the background reaches the network or changes between runs.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=" + width + "," + height, "--lang=vi-VN");
    return new ChromeDriver(service, options);
  }

  private static File executable(String path, String what) {
    File file = new File(path);
    if (!file.canExecute()) {
      throw new IllegalStateException("The browser tests need " + what + " at " + path
          + " (Debian: apt-get install chromium chromium-driver; elsewhere set -Dconsole."
          + what + "=<path>).");
    }
    return file;
  }
}
