package vn.citizenhub.testsupport.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check every browser test runs on every page state it reaches: axe-core
 * against WCAG 2.0 and 2.1, levels A and AA, failing the test on any serious or critical
 * violation. Minor and moderate findings do not fail it (they are for review, not a gate).
 *
 * <pre>{@code
 * WebDriver browser = HeadlessChromium.start();
 * browser.get(base + "/track?code=" + code);
 * // ... wait until the page shows the state under test, then:
 * Accessibility.assertNoSeriousViolations(browser, "tracking page: found");
 * }</pre>
 *
 * <p>axe-core comes from the {@code org.webjars.npm:axe-core} WebJar on the test class path (a
 * dependency of test-support, so never in a product jar) and is injected through WebDriver's
 * script execution, which Chromium runs outside the page's Content-Security-Policy: the pages
 * keep {@code script-src 'self'}. The page is checked as it is at the moment of the call, hidden
 * parts excluded, so call it once per state worth checking (a form, its error, a result).
 */
public final class Accessibility {

  /** The axe rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
  private static final String RUN = """
      const tags = arguments[0];
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => done(JSON.stringify({ version: axe.version, violations: r.violations })))
        .catch((e) => done(JSON.stringify({ error: String(e && e.stack || e) })));
      """;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile String axeSource;

  private Accessibility() {}

  /**
   * Runs axe-core on the page the driver shows now and fails if any WCAG 2.0/2.1 A or AA rule
   * is broken with serious or critical impact.
   *
   * @param driver a browser (any Selenium driver that runs JavaScript, e.g. {@link
   *     HeadlessChromium#start()}) showing the page in the state to check
   * @param pageName what the page and state are, for the failure message, e.g. {@code "console:
   *     sign-in form"}
   * @throws AccessibilityViolations (an {@link AssertionError}) listing each violation's rule id,
   *     impact, help and the offending elements' CSS targets
   * @throws IllegalStateException if axe-core could not run on the page at all
   */
  public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
    JsonNode answer = run((JavascriptExecutor) driver);
    List<AxeViolation> serious = new ArrayList<>();
    for (JsonNode found : answer.path("violations")) {
      AxeViolation violation = violation(found);
      if (violation.seriousOrCritical()) {
        serious.add(violation);
      }
    }
    if (!serious.isEmpty()) {
      throw new AccessibilityViolations(pageName, answer.path("version").asText(), serious);
    }
  }

  private static JsonNode run(JavascriptExecutor js) {
    // Once per document: a navigation or reload drops it.
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axeSource());
    }
    Object raw = js.executeAsyncScript(RUN, WCAG_21_AA);
    try {
      JsonNode answer = JSON.readTree(String.valueOf(raw));
      if (answer.has("error") || !answer.path("violations").isArray()) {
        throw new IllegalStateException("axe-core did not run on the page: " + answer);
      }
      return answer;
    } catch (IOException e) {
      throw new IllegalStateException("axe-core answered something unreadable: " + raw, e);
    }
  }

  private static AxeViolation violation(JsonNode found) {
    List<AxeViolation.Node> nodes = new ArrayList<>();
    for (JsonNode node : found.path("nodes")) {
      List<String> target = new ArrayList<>();
      // A selector per frame; inside a shadow root, a list of selectors for one element.
      for (JsonNode selector : node.path("target")) {
        target.add(selector.isArray() ? join(selector) : selector.asText());
      }
      nodes.add(new AxeViolation.Node(target,
          node.hasNonNull("failureSummary") ? node.path("failureSummary").asText() : null));
    }
    return new AxeViolation(found.path("id").asText(), found.path("impact").asText(),
        found.path("help").asText(), found.path("helpUrl").asText(), nodes);
  }

  private static String join(JsonNode selectors) {
    List<String> parts = new ArrayList<>();
    selectors.forEach(s -> parts.add(s.asText()));
    return String.join(" ", parts);
  }

  /** axe.min.js of the WebJar on the class path, read once. */
  private static String axeSource() {
    String source = axeSource;
    if (source == null) {
      source = read("META-INF/resources/webjars/axe-core/" + webJarVersion() + "/axe.min.js");
      axeSource = source;
    }
    return source;
  }

  private static String webJarVersion() {
    Properties properties = new Properties();
    try (InputStream in = resource(WEBJAR)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static String read(String path) {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("axe-core is not on the test class path (" + path
          + "): depend on hub-test-support, which brings org.webjars.npm:axe-core");
    }
    return in;
  }
}
