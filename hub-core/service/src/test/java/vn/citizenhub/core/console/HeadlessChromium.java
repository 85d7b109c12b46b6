package vn.citizenhub.core.console;

import java.io.File;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed Chromium and its driver, headless. Both are named explicitly, so Selenium Manager
 * never looks for (or downloads) a browser: the build network is closed. A machine without them
 * fails the browser tests loudly rather than skipping them.
 */
final class HeadlessChromium {

  static final String BROWSER = System.getProperty("console.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static ChromeDriver start() {
    File browser = executable(BROWSER, "chromium");
    File driver = executable(DRIVER, "chromedriver");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver)
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900", "--lang=vi-VN");
    return new ChromeDriver(service, options);
  }

  private static File executable(String path, String what) {
    File file = new File(path);
    if (!file.canExecute()) {
      throw new IllegalStateException("The console's browser tests need " + what + " at " + path
          + " (Debian: apt-get install chromium chromium-driver; elsewhere set -Dconsole."
          + what + "=<path>).");
    }
    return file;
  }
}
