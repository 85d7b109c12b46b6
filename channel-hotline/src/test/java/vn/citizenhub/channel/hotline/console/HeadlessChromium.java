package vn.citizenhub.channel.hotline.console;

import java.io.File;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed Chromium and its driver, headless, named explicitly so Selenium Manager never
 * looks for (or downloads) a browser. As in hub-core's console tests: a machine without them
 * fails loudly rather than skipping.
 */
final class HeadlessChromium {

  static final String BROWSER = System.getProperty("console.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static ChromeDriver start() {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(executable(DRIVER, "chromedriver"))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable(BROWSER, "chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1440,1000", "--lang=vi-VN");
    return new ChromeDriver(service, options);
  }

  private static File executable(String path, String what) {
    File file = new File(path);
    if (!file.canExecute()) {
      throw new IllegalStateException("The hotline console's browser test needs " + what + " at "
          + path + " (Debian: apt-get install chromium chromium-driver; elsewhere set"
          + " -Dconsole." + what + "=<path>).");
    }
    return file;
  }
}
