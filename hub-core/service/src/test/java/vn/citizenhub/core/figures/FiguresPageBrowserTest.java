package vn.citizenhub.core.figures;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * Through the real lifecycle: citizens report to Tân An, its officer resolves one in time and one
 * after its due date, the refresher recounts, and the agency's on-time rate drops from 100 % to
 * 50 % in the API; then the figures page in a real browser shows that rate in the league table
 * and the charts, and passes the accessibility check in both languages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresPageBrowserTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String TAN_AN_AGENCY = "UBND-27712";

  @Inject EmbeddedServer server;
  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;
  @Inject FigureRefresher refresher;

  StaffApi api;
  String officer;
  String coordinator;
  WebDriver browser;
  WebDriverWait wait;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_figures_page"));
    p.put("hub.workspace.sweep.enabled", "false");
    p.put("hub.figures.refresh-interval", "1s");
    p.put("hub.figures.cache-ttl", "0s");
    return p;
  }

  @BeforeAll
  void start() throws Exception {
    api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "canbo.figures", StaffRole.AGENCY_OFFICER,
        TAN_AN_AGENCY, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi.figures", StaffRole.COORDINATOR, null,
        PASSWORD);
    officer = api.token("canbo.figures", PASSWORD);
    coordinator = api.token("dieuphoi.figures", PASSWORD);
    browser = HeadlessChromium.start(390, 844);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  long report() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    KafkaProbe.send(envelope);
    String path = "/api/staff/tickets?q=" + new TrackingCode(envelope.trackingCode()).display();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return api.get(path, coordinator).body().path("items").get(0).path("id").asLong();
  }

  StaffApi.Answer act(long id, String action, Object... fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("version", api.get("/api/staff/tickets/" + id, officer).body().path("version")
        .asInt());
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    StaffApi.Answer a = api.act(id, officer, body);
    assertEquals(200, a.status(), a.toString());
    return a;
  }

  JsonNode thisMonth() {
    JsonNode agency = ContractJson.read(http.toBlocking().retrieve("/api/public/stats/agencies/"
        + TAN_AN_AGENCY).getBytes(StandardCharsets.UTF_8), JsonNode.class);
    JsonNode months = agency.path("months");
    JsonNode current = months.get(months.size() - 1);
    assertEquals(YearMonth.now(Deadlines.PROVINCE_ZONE).toString(),
        current.path("month").asText());
    return current;
  }

  @Test
  void aTicketResolvedLateLowersTheAgencysOnTimeRateOnThePage() throws Exception {
    long inTime = report();
    long late = report();
    act(inTime, "ACKNOWLEDGE");
    act(inTime, "RESOLVE", "closureCode", "FIXED", "text", "Đã thay bóng đèn.");
    refresher.refresh();
    assertEquals(1.0, thisMonth().path("onTimeRate").asDouble());

    act(late, "ACKNOWLEDGE");
    // The officer let it run past its legal due date before resolving it.
    new SqlProbe(database.pool()).update("UPDATE ticket SET due_date = ? WHERE id = ?",
        LocalDate.now(Deadlines.PROVINCE_ZONE).minusDays(3), late);
    StaffApi.Answer resolved = act(late, "RESOLVE", "closureCode", "FIXED", "text",
        "Đã thay bóng đèn, muộn.");
    assertEquals(false, resolved.body().path("onTime").asBoolean(true));
    refresher.refresh();
    JsonNode month = thisMonth();
    assertEquals(2, month.path("resolved").asLong());
    assertEquals(1, month.path("resolvedOnTime").asLong());
    assertEquals(0.5, month.path("onTimeRate").asDouble());

    browser.get(server.getURL() + "/figures");
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    WebElement rate = browser.findElement(By.cssSelector(
        "#league tr[data-code='" + TAN_AN_AGENCY + "'] td[data-measure='onTimeRate']"));
    assertEquals("50%", rate.getText());
    WebElement link = browser.findElement(By.cssSelector(
        "#league tr[data-code='" + TAN_AN_AGENCY + "'] th[scope='row'] a"));
    assertTrue(link.getAttribute("href").endsWith("/agencies/" + TAN_AN_AGENCY));
    assertTrue(browser.findElement(By.cssSelector("#league caption")).getText()
        .startsWith("Các cơ quan"));
    // The charts drew: the images loaded with a size of their own.
    for (String chart : List.of("chart-ontime", "chart-satisfaction", "chart-received")) {
      wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
          "const i = document.getElementById(arguments[0]); return i.complete && i.naturalWidth > 0;",
          chart));
    }
    assertTrue(browser.findElement(By.id("definitions")).getText().contains("Tỷ lệ đúng hạn"));
    // Sorting by received keeps the agency in the table.
    new Select(browser.findElement(By.id("sort"))).selectByValue("received");
    assertEquals("50%", browser.findElement(By.cssSelector(
        "#league tr[data-code='" + TAN_AN_AGENCY + "'] td[data-measure='onTimeRate']")).getText());
    Accessibility.assertNoSeriousViolations(browser, "figures page");

    browser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#league caption"),
        "Agencies"));
    assertTrue(browser.findElement(By.id("definitions")).getText().contains("On-time rate"));
    Accessibility.assertNoSeriousViolations(browser, "figures page in English");
  }
}
