package vn.citizenhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The citizen portal's weight and speed as a phone on a slow mobile network sees them (not a
 * test: bench/bench-portal.sh runs it against a running hub). Headless Chromium with the
 * network throttled through the DevTools protocol (Network.emulateNetworkConditions: 1.6 Mbit/s
 * down, 750 kbit/s up, 150 ms round trip, as Lighthouse's "slow 4G") and the cache off, so every
 * load is a first visit. For each page: bytes transferred (what crossed the network, compressed,
 * with headers), requests, DOMContentLoaded, load, and "ready": when the page marked itself
 * usable (performance.mark('portal-ready'), set once the catalog has arrived and the form's
 * controls are built).
 *
 * <pre>java -cp … vn.citizenhub.bench.PortalPageBench http://127.0.0.1:8080 [runs]</pre>
 */
public final class PortalPageBench {

  static final int LATENCY_MS = 150;
  static final long DOWN_BYTES_PER_S = 1_600_000 / 8;
  static final long UP_BYTES_PER_S = 750_000 / 8;
  static final long BUDGET_BYTES = 300 * 1024;
  static final double BUDGET_SECONDS = 3.0;

  private static final String MEASURE = """
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const ready = performance.getEntriesByName('portal-ready')[0];
      return {
        bytes: nav.transferSize + resources.reduce((n, r) => n + r.transferSize, 0),
        decoded: nav.decodedBodySize + resources.reduce((n, r) => n + r.decodedBodySize, 0),
        requests: 1 + resources.length,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        ready: ready ? ready.startTime : -1,
        resources: resources.map((r) => r.name.replace(location.origin, '') + ' ' + r.transferSize)
      };""";

  record Sample(String page, long bytes, long decoded, long requests, double domContentLoaded,
      double load, double ready, List<String> resources) {}

  private PortalPageBench() {}

  public static void main(String[] args) {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ChromeDriver browser = HeadlessChromium.start(412, 915);
    try {
      browser.executeCdpCommand("Network.enable", Map.of());
      browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
          "offline", false, "latency", LATENCY_MS,
          "downloadThroughput", DOWN_BYTES_PER_S, "uploadThroughput", UP_BYTES_PER_S));
      System.out.printf(Locale.ROOT, "Portal pages on a throttled network: %d ms RTT, %.1f Mbit/s"
          + " down, %.2f Mbit/s up, cache off; %d runs each, the median shown%n",
          LATENCY_MS, DOWN_BYTES_PER_S * 8 / 1e6, UP_BYTES_PER_S * 8 / 1e6, runs);
      System.out.println("page     | KB transferred | KB decoded | requests | DOMContentLoaded"
          + " | load    | ready (first input) | budget 300 KB / 3 s");
      for (String page : List.of("/", "/report")) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          samples.add(measure(browser, base, page));
        }
        samples.sort((a, b) -> Double.compare(a.ready(), b.ready()));
        Sample median = samples.get(samples.size() / 2);
        boolean within = median.bytes() <= BUDGET_BYTES && median.ready() >= 0
            && median.ready() <= BUDGET_SECONDS * 1000;
        System.out.printf(Locale.ROOT,
            "%-8s | %14.1f | %10.1f | %8d | %14.2f s | %5.2f s | %17.2f s | %s%n",
            page, median.bytes() / 1024.0, median.decoded() / 1024.0, median.requests(),
            median.domContentLoaded() / 1000, median.load() / 1000, median.ready() / 1000,
            within ? "within" : "OVER");
        median.resources().forEach(r -> System.out.println("           " + r));
      }
    } finally {
      browser.quit();
    }
  }

  @SuppressWarnings("unchecked")
  private static Sample measure(ChromeDriver browser, String base, String page) {
    browser.get("about:blank");
    browser.get(base + page);
    new WebDriverWait(browser, java.time.Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
        ((JavascriptExecutor) d).executeScript(
            "return performance.getEntriesByName('portal-ready').length > 0"
                + " && performance.getEntriesByType('navigation')[0].loadEventEnd > 0;")));
    Map<String, Object> m = (Map<String, Object>) browser.executeScript(MEASURE);
    return new Sample(page, number(m.get("bytes")).longValue(),
        number(m.get("decoded")).longValue(), number(m.get("requests")).longValue(),
        number(m.get("domContentLoaded")).doubleValue(), number(m.get("load")).doubleValue(),
        number(m.get("ready")).doubleValue(), (List<String>) m.get("resources"));
  }

  private static Number number(Object value) {
    return (Number) value;
  }
}
