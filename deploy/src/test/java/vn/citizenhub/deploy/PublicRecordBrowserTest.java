package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * Issue 14 as a citizen checks it, in a real browser on the all-in-one hub (real Kafka and
 * MariaDB): two reports of a flooded street in phường Tân An; the ward's officer answers one on
 * time and one after its legal due date; the ward's lead publishes the first as a question and
 * answer, masked; a citizen searches "duong ngap tan an" and finds that answer and an article;
 * the figures page shows the ward's on-time rate fall from 100 % to 50 % with its chart; the
 * ward's page gives its focal point and rules; the open-data CSV holds no name, phone, e-mail
 * or address. axe-core checks every page.
 */
@ScanLogsForPersonalData({PublicRecordBrowserTest.NAME, PublicRecordBrowserTest.PHONE,
    PublicRecordBrowserTest.EMAIL})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRecordBrowserTest implements TestPropertyProvider {

  static final String NAME = "Huỳnh Thị Mai";
  static final String PHONE = "0912 345 678";
  static final String EMAIL = "huynh.thi.mai@example.vn";
  private static final String ADDRESS = "Số 27 đường Hùng Vương, phường Tân An";
  private static final String PASSWORD = "mật-khẩu-thử-14x";
  private static final String WARD = "UBND-27712";
  private static final Duration WITHIN = Duration.ofSeconds(30);

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private HubBrowser browser;
  private StaffDesk officer;
  private StaffDesk lead;
  private SqlProbe db;
  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_record"));
    p.put("hub.search.refresh-interval", "1s");
    p.put("hub.figures.refresh-interval", "1s");
    p.put("hub.figures.cache-ttl", "0s");
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void start() throws Exception {
    db = new SqlProbe(database.pool());
    accounts.create("hoso.canbo", "Cán bộ phường Tân An", StaffRole.AGENCY_OFFICER, WARD,
        hasher.hash(PASSWORD), Instant.now());
    accounts.create("hoso.lanhdao", "Lãnh đạo phường Tân An", StaffRole.AGENCY_LEAD, WARD,
        hasher.hash(PASSWORD), Instant.now());
    officer = new StaffDesk(server.getURL().toString());
    officer.signIn("hoso.canbo", PASSWORD);
    lead = new StaffDesk(server.getURL().toString());
    lead.signIn("hoso.lanhdao", PASSWORD);
    browser = new HubBrowser(HeadlessChromium.start(412, 915), server.getURL().toString());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.driver().quit();
    }
  }

  @Test
  void searchFiguresAgencyPageAndOpenDataAsACitizenSeesThem() throws Exception {
    String onTime = report("Đường Hùng Vương trước chợ Tân An ngập sâu sau mỗi cơn mưa, xe máy"
        + " chết máy giữa đường. Bà " + NAME + " ở " + ADDRESS + ", gọi " + PHONE + ".");
    String late = report("Đường Nguyễn Trung Trực ngập nước, cống thoát nước bị nghẹt rác.");
    long onTimeId = await().atMost(WITHIN).until(() -> officer.find(onTime), id -> id > 0);
    long lateId = await().atMost(WITHIN).until(() -> officer.find(late), id -> id > 0);

    officer.act(onTimeId, "RESOLVE", "closureCode", "FIXED", "text",
        "Phường đã nạo vét cống và nâng mặt đường đoạn trước chợ; nước rút sau 15 phút mưa.");
    assertEquals("100%", wardOnTimeRate(1), "one answer, on time");

    // The second answer comes after its legal due date (the clock moved back three days).
    db.update("UPDATE ticket SET due_date = ? WHERE id = ?",
        java.sql.Date.valueOf(java.time.LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .minusDays(3)), lateId);
    officer.act(lateId, "RESOLVE", "closureCode", "FIXED", "text", "Đã thông cống.");
    assertEquals("50%", wardOnTimeRate(2), "a late answer lowers the rate");
    WebElement chart = browser.el("chart-ontime");
    browser.until(d -> ((Number) browser.js("return arguments[0].complete"
        + " ? arguments[0].naturalWidth : 0", chart)).intValue() > 0);
    browser.assertAccessible("figures page");

    JsonNode draft = lead.post("/api/staff/tickets/" + onTimeId + "/publication", Map.of());
    String question = draft.path("questionVi").asText();
    assertTrue(draft.path("masked").size() > 0, "what was masked is listed for review");
    assertFalse(question.contains(PHONE) || question.contains(NAME) || question.contains("27"),
        "masked before review: " + question);
    lead.post("/api/staff/tickets/" + onTimeId + "/publication/publish", Map.of());
    // The index takes in what changed at its next poll (every second here, 5 s as deployed):
    // the citizen searches once it has, as a citizen a moment later would.
    await().atMost(WITHIN).until(this::answerIsSearchable);

    browser.openPortal("/search");
    browser.type("q", "duong ngap tan an");
    browser.el("q").sendKeys(Keys.ENTER);
    browser.until(d -> !d.findElements(By.cssSelector("#results li[data-type='ANSWER']"))
        .isEmpty() && !d.findElements(By.cssSelector("#results li[data-type='ARTICLE']"))
        .isEmpty());
    browser.assertAccessible("search results");
    browser.click(By.cssSelector("#results li[data-type='ANSWER'] a"));
    browser.until(d -> d.getCurrentUrl().contains("/answers/")
        && d.getPageSource().contains("nạo vét cống"));
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertFalse(page.contains(PHONE) || page.contains(NAME) || page.contains(EMAIL), page);
    assertTrue(page.contains(TrackingCode.parse(onTime).orElseThrow().display()),
        "the answer links its ticket");
    browser.assertAccessible("published answer");

    browser.openPortal("/agencies/" + WARD);
    browser.waitShown("agency");
    assertTrue(browser.text("focal-unit").contains("Tân An"), browser.text("focal-unit"));
    assertFalse(browser.text("rules-text").isBlank(), "the ward's rules are published");
    assertFalse(browser.driver().findElements(By.cssSelector("#phone a[href^='tel:']")).isEmpty());
    browser.assertAccessible("agency page");

    List<List<String>> csv = csv("/api/public/stats/tickets.csv?month="
        + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    String header = String.join(",", csv.get(0)).toLowerCase();
    for (String personal : List.of("name", "phone", "email", "address", "description")) {
      assertFalse(header.contains(personal), "no " + personal + " column: " + header);
    }
    String all = csv.toString();
    for (String value : List.of(NAME, PHONE, PHONE.replace(" ", ""), EMAIL, "Hùng Vương")) {
      assertFalse(all.contains(value), "the CSV holds no " + value);
    }
    assertTrue(csv.stream().anyMatch(row -> row.contains(TrackingCode.parse(late).orElseThrow()
        .value())), "the late ticket is a row");
  }

  /** Posts a web report in Tân An with the citizen's contact; its tracking code. */
  private String report(String description) throws Exception {
    String body = ContractJson.writeString(Map.of("kind", "REPORT",
        "categoryCode", "ROAD_DAMAGE", "communeCode", "27712", "description", description,
        "location", Map.of("address", ADDRESS), "name", NAME, "phone", PHONE, "email", EMAIL,
        "consent", Map.of("given", true, "textVersion", "web-2025-07")));
    WebReports.Answer answer = new WebReports(server.getURL().toString()).post(body, null);
    assertEquals(202, answer.status(), answer.body().toString());
    return answer.code();
  }

  /** The ward's on-time rate in the figures page's league table once it counts these answers. */
  private String wardOnTimeRate(int resolved) {
    String row = "#league tr[data-code='" + WARD + "'] ";
    await().atMost(WITHIN).ignoreExceptions().until(() -> {
      browser.openPortal("/figures");
      browser.until(d -> "true".equals(d.findElement(By.tagName("body"))
          .getAttribute("data-loaded")));
      return browser.driver().findElement(By.cssSelector(row + "td[data-measure='resolved']"))
          .getText().strip().equals(Integer.toString(resolved));
    });
    return browser.driver().findElement(By.cssSelector(row + "td[data-measure='onTimeRate']"))
        .getText().strip();
  }

  private boolean answerIsSearchable() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
        + "/api/public/search?q=duong+ngap+tan+an")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      return false;
    }
    for (JsonNode result : ContractJson.mapper().readTree(response.body()).path("results")) {
      if (result.path("type").asText().equals("ANSWER")) {
        return true;
      }
    }
    return false;
  }

  private List<List<String>> csv(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create(server.getURL() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    List<List<String>> rows = new ArrayList<>();
    for (String line : response.body().replace("\uFEFF", "").split("\r?\n")) {
      if (!line.isEmpty()) {
        rows.add(List.of(line.split(",", -1)));
      }
    }
    return rows;
  }
}
