package vn.citizenhub.testsupport.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * The check checked: pages with known violations, served under the hub's own
 * Content-Security-Policy by a tiny local server, must fail it with those rules named, and a
 * clean page must pass, so a broken injection can never pass silently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

  /** The hub's pages' policy (channel-support's StaticFolder): no inline script or style. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  private HttpServer server;
  private WebDriver browser;

  @BeforeAll
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
    browser = HeadlessChromium.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.stop(0);
  }

  @Test
  void aPageWithKnownViolationsFailsNamingEachRuleAndElement() {
    open("broken.html");
    AccessibilityViolations failure = assertThrows(AccessibilityViolations.class,
        () -> Accessibility.assertNoSeriousViolations(browser, "broken page"));

    Map<String, AxeViolation> byRule = failure.violations().stream()
        .collect(Collectors.toMap(AxeViolation::id, Function.identity()));
    assertEquals(
        Map.of("image-alt", "critical", "button-name", "critical",
            "color-contrast", "serious", "html-has-lang", "serious"),
        byRule.values().stream().collect(Collectors.toMap(AxeViolation::id, AxeViolation::impact)),
        failure.getMessage());
    assertEquals(List.of(List.of("#photo")), targets(byRule.get("image-alt")));
    assertEquals(List.of(List.of("#nameless")), targets(byRule.get("button-name")));
    assertEquals(List.of(List.of("#faint")), targets(byRule.get("color-contrast")));
    assertTrue(byRule.get("color-contrast").nodes().get(0).failureSummary().contains("2.3"),
        "the contrast ratio found is reported: " + byRule.get("color-contrast"));
    assertTrue(byRule.values().stream().allMatch(v -> !v.help().isBlank()
        && v.helpUrl().startsWith("https://dequeuniversity.com/rules/axe/")));

    String message = failure.getMessage();
    assertTrue(message.startsWith("broken page: 4 serious or critical accessibility"), message);
    for (String line : List.of("- image-alt [critical] Images must have alternate text",
        "- button-name [critical] Buttons must have discernible text", "    #nameless")) {
      assertTrue(message.lines().anyMatch(l -> l.startsWith(line)), line + " in\n" + message);
    }
  }

  @Test
  void aCleanPagePassesUnderTheHubsContentSecurityPolicy() {
    open("clean.html");
    assertDoesNotThrow(() -> Accessibility.assertNoSeriousViolations(browser, "clean page"));
    assertEquals("Trang mẫu", browser.getTitle(), "the policy blocked the page's inline script");
    // Checking twice on one document reuses the injected axe and answers the same.
    assertDoesNotThrow(() -> Accessibility.assertNoSeriousViolations(browser, "clean page"));
  }

  @Test
  void aFixedPageStopsFailingAfterANavigationDropsTheInjectedScript() {
    open("broken.html");
    assertThrows(AccessibilityViolations.class,
        () -> Accessibility.assertNoSeriousViolations(browser, "broken page"));
    open("clean.html");
    assertDoesNotThrow(() -> Accessibility.assertNoSeriousViolations(browser, "clean page"));
    open("broken.html");
    assertEquals(4, assertThrows(AccessibilityViolations.class,
        () -> Accessibility.assertNoSeriousViolations(browser, "broken page")).ruleIds().size());
  }

  private void open(String page) {
    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + page);
  }

  private static List<List<String>> targets(AxeViolation violation) {
    return violation.nodes().stream().map(AxeViolation.Node::target).toList();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring(1);
    try (exchange; InputStream in = getClass().getResourceAsStream("/accessibility/" + name)) {
      if (in == null || name.contains("/")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html")
          ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css" : "image/svg+xml");
      exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
