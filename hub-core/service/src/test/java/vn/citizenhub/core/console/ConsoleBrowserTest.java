package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.core.console.ConsoleFixtures.PASSWORD;
import static vn.citizenhub.core.console.ConsoleFixtures.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The console in a real browser against the real hub: reports arrive through Kafka intake, staff
 * sign in with real accounts, and every click goes through the staff API to the database. One
 * headless Chromium serves the whole class.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest implements TestPropertyProvider {

  static final String TAN_AN_COMMITTEE = "Ủy ban nhân dân phường Tân An";
  static final String DEPT = "Sở Xây dựng tỉnh Tây Ninh";

  @Inject
  EmbeddedServer server;
  @Inject
  StaffAccounts accounts;
  @Inject
  PasswordHasher hasher;
  @Inject
  @Client("/")
  HttpClient http;

  private WebDriver browser;
  private ConsoleFixtures fixtures;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_console");
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficerFindsAReportWithoutDiacriticsTakesItUpAndAsksTheCitizenForMore()
      throws Exception {
    String light = report(ItemKind.REPORT, "STREET_LIGHT",
        "Đèn đường trước nhà văn hóa khu phố 3 tắt từ tối qua, cả đoạn đường tối om.");
    String pole = report(ItemKind.REPORT, "STREET_LIGHT",
        "Cột điện nghiêng trước chợ, nguy cơ đổ khi mưa to.");
    fixtures().awaitStatus(light, "ROUTED");
    fixtures().awaitStatus(pole, "ROUTED");
    String officer =
        fixtures().account("officer", "Lê Văn Cường", StaffRole.AGENCY_OFFICER, "UBND-27712");

    ConsolePage page = console();
    page.signIn(officer, PASSWORD);
    page.waitSignedIn("Lê Văn Cường");
    assertEquals("Cán bộ xử lý", page.text("whoami-role"));
    assertEquals(TAN_AN_COMMITTEE, page.text("whoami-agency"));
    assertFalse(browser.findElement(By.id("nav-coordination")).isDisplayed(),
        "an officer has no coordinator's desk");
    page.waitSomeRows("inbox", List.of(light, pole));

    page.search("den duong");
    page.waiterUntil(d -> page.rowCodes("inbox").contains(light)
        && !page.rowCodes("inbox").contains(pole));
    assertTrue(page.text("inbox-count").matches("\\d+ phiếu.*"), page.text("inbox-count"));
    assertTrue(browser.getCurrentUrl().contains("q=den+duong"), "the filter is in the address");
    page.snapshot("inbox-search");
    page.assertAccessible("inbox, searched");
    onAPhoneTheRowsAreCards(page, light);

    page.openTicket("inbox", light);
    page.waitStatus("Đã chuyển đến cơ quan có thẩm quyền");
    assertEquals("Phường Tân An", page.text("ticket-commune"));
    assertEquals(TAN_AN_COMMITTEE, page.text("ticket-agency"));
    assertEquals("Zalo OA của tỉnh", page.text("ticket-channel"),
        "the channel's label comes from its definition, through the catalog");
    assertEquals("Trần Thị Bình", page.text("citizen-name"), "the handling agency sees who wrote");
    assertTrue(page.text("citizen").contains("Dữ liệu cá nhân"));
    assertTrue(page.actions().containsAll(List.of("ACKNOWLEDGE", "REQUEST_INFO", "NOTE")));
    assertFalse(page.actions().contains("ROUTE"), "routing is for coordinators");
    page.assertAccessible("ticket page");
    int entries = page.timeline().size();

    page.startAction("ACKNOWLEDGE");
    page.submitAction();
    page.waitStatus("Đang xử lý");
    page.waitTimeline(entries + 1);
    assertEntry(last(page), "ACKNOWLEDGED", "PUBLIC");
    assertTrue(page.notice().startsWith("Đã thực hiện: Tiếp nhận xử lý"), page.notice());

    // Meanwhile a colleague adds a note through the API: the page the officer has is now stale.
    long ticketId =
        Long.parseLong(page.visible(By.id("ticket-code")).getAttribute("data-ticket-id"));
    fixtures().noteThroughTheApi(officer, ticketId,
        "Đã gọi điện cho Điện lực, hẹn kiểm tra chiều nay.");

    page.startAction("REQUEST_INFO");
    page.choose("action-canned", "Đề nghị bổ sung vị trí");
    assertTrue(page.value("action-text").startsWith("Đề nghị ông/bà cung cấp vị trí cụ thể"),
        "a canned answer fills the text");
    page.assertAccessible("ticket page, request-for-information form");
    page.submitAction();
    page.waitTimeline(entries + 2);
    assertTrue(page.notice().contains("Phiếu vừa được người khác cập nhật"), page.notice());
    WebElement note = last(page);
    assertEntry(note, "NOTE", "INTERNAL");
    page.assertAccessible("ticket page, stale-version notice");
    assertEquals("Đang xử lý", page.text("ticket-status"), "nothing was changed on a stale page");
    page.visible(By.cssSelector("#action-form[data-action='REQUEST_INFO']"));
    assertTrue(page.value("action-text").startsWith("Đề nghị ông/bà cung cấp vị trí cụ thể"),
        "what the officer wrote survives the reload");

    page.type("action-text", "Xin gửi ảnh chụp cột đèn và số hiệu cột.");
    page.submitAction();
    page.waitStatus("Chờ người dân bổ sung thông tin");
    page.waitTimeline(entries + 3);
    WebElement asked = last(page);
    assertEntry(asked, "INFO_REQUESTED", "PUBLIC");
    assertTrue(asked.getText().contains("Xin gửi ảnh chụp cột đèn và số hiệu cột."));
    assertEquals("Tạm dừng, chờ người dân", page.text("ticket-due-state"));
    page.snapshot("ticket-waiting");
    page.assertAccessible("ticket page, waiting for the citizen");
    assertNotEquals(page.timeline().get(entries + 1).getCssValue("background-color"),
        asked.getCssValue("background-color"), "internal and public lines look different");
    page.signOut();

    // The citizen follows the same ticket on the public tracking page: each public step and the
    // due date, no internal note, no name.
    browser.get(server.getURL() + "/track?code=" + light);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        d.findElement(By.id("status")).getText().equals("Chờ người dân bổ sung thông tin"));
    List<String> steps = browser.findElements(By.cssSelector("#timeline li")).stream()
        .map(li -> li.getAttribute("data-type")).toList();
    assertEquals(List.of("RECEIVED", "ROUTED", "ACKNOWLEDGED", "INFO_REQUESTED"), steps);
    assertTrue(browser.findElement(By.id("due")).getText().matches("\\d{2}/\\d{2}/\\d{4}"));
    String trackingPage = browser.findElement(By.tagName("main")).getText();
    assertTrue(trackingPage.contains("Xin gửi ảnh chụp cột đèn và số hiệu cột."));
    assertFalse(trackingPage.contains("Trần Thị Bình"), "no personal data on the public page");
    assertFalse(trackingPage.contains("Đã gọi điện cho Điện lực"), "no internal note either");
    Accessibility.assertNoSeriousViolations(browser, "tracking page: waiting for the citizen");
  }

  @Test
  void theCoordinatorRoutesAComplaintResolvesItApprovesATransferAndSeesTheLeague()
      throws Exception {
    String complaint = report(ItemKind.COMPLAINT, "COMPLAINT",
        "Khiếu nại việc thu phí trông giữ xe tại chợ cao hơn mức niêm yết.");
    String light = report(ItemKind.REPORT, "STREET_LIGHT",
        "Đèn chiếu sáng trên đường tỉnh 785 đoạn qua phường bị tắt.");
    fixtures().awaitStatus(complaint, "TRIAGE");
    fixtures().awaitStatus(light, "ROUTED");
    String officer =
        fixtures().account("officer", "Ngô Văn Em", StaffRole.AGENCY_OFFICER, "UBND-27712");
    fixtures().requestTransfer(officer, light, "SXD", "Đường tỉnh do Sở Xây dựng quản lý.");
    String coordinator = fixtures().account("coord", "Phạm Thị Dung", StaffRole.COORDINATOR, null);

    ConsolePage page = console();
    page.signIn(coordinator, PASSWORD);
    page.waitSignedIn("Phạm Thị Dung");
    assertEquals("Điều phối viên tỉnh", page.text("whoami-role"));
    page.navigate("nav-coordination");
    page.visible(By.id("triage"));
    page.assertAccessible("coordination desk");
    page.openTicket("triage", complaint);
    page.waitStatus("Đang chờ điều phối viên phân loại");
    assertEquals("Chưa phân loại", page.text("ticket-agency"));

    page.startAction("ROUTE");
    page.choose("action-agency", TAN_AN_COMMITTEE);
    page.type("action-text", "Chợ do phường quản lý.");
    page.submitAction();
    page.waitStatus("Đã chuyển đến cơ quan có thẩm quyền");
    assertEquals(TAN_AN_COMMITTEE, page.text("ticket-agency"));
    List<WebElement> lines = page.timeline();
    assertEntry(lines.get(lines.size() - 2), "ROUTED", "PUBLIC");
    assertEntry(lines.get(lines.size() - 1), "TRIAGE_NOTE", "INTERNAL");

    page.startAction("RESOLVE");
    page.snapshot("resolve-form");
    page.choose("action-closure", "Không thuộc thẩm quyền");
    assertTrue(page.visible(By.id("action-competent-body")).isDisplayed());
    page.assertAccessible("ticket page, resolve form naming the competent body");
    page.choose("action-closure", "Đã trả lời");
    assertFalse(browser.findElement(By.id("action-competent-body")).isDisplayed());
    page.type("action-text", "Ban quản lý chợ đã niêm yết lại giá; phần thu vượt được hoàn trả.");
    page.submitAction();
    page.waitStatus("Đã giải quyết");
    assertEquals("Đã trả lời", page.text("ticket-closure"));
    fixtures().rate(complaint, 5, "Đã được hoàn tiền, cảm ơn.");
    ((JavascriptExecutor) browser).executeScript("location.reload()");
    WebElement rating = page.visible(By.cssSelector("#ratings li[data-testid='rating']"));
    assertTrue(rating.getText().startsWith("5/5"), rating.getText());
    assertTrue(rating.getText().contains("Đã được hoàn tiền, cảm ơn."), rating.getText());
    assertEquals("5/5", page.text("ticket-rating"));

    page.navigate("nav-coordination");
    page.visible(By.id("triage"));
    assertFalse(page.rowCodes("triage").contains(complaint), "routed: out of the triage queue");
    assertTrue(page.row("transfers", light).getText().contains("Chờ duyệt chuyển sang " + DEPT));
    page.openTicket("transfers", light);
    assertTrue(page.text("ticket-transfer").contains("Đường tỉnh do Sở Xây dựng quản lý."));
    page.startAction("APPROVE_TRANSFER");
    page.submitAction();
    page.waiterUntil(d -> DEPT.equals(page.text("ticket-agency")));
    assertTrue(browser.findElements(By.id("ticket-transfer")).isEmpty());

    page.navigate("nav-coordination");
    page.visible(By.id("transfers"));
    assertFalse(page.rowCodes("transfers").contains(light), "approved: no longer waiting");
    WebElement row = page.visible(By.cssSelector("#league-table tr[data-agency='UBND-27712']"));
    assertEquals("100%", cell(row, "rate"), "resolved on time, the day it came");
    assertEquals("1", cell(row, "resolved"));
    assertEquals("100%", cell(row, "satisfaction"), "the one rating gave 5");
    assertEquals("100%", cell(row, "ratedShare"));
    assertEquals(12, browser.findElements(
        By.cssSelector("#interactions-table tr[data-testid='interaction-week']")).size());
    assertTrue(page.text("interactions-heading").startsWith("Chỉ số tương tác"));
    page.snapshot("coordination");
    page.assertAccessible("coordination desk with the agencies' league");
    assertTrue(row.getText().contains(TAN_AN_COMMITTEE));
    page.signOut();
  }

  @Test
  void aWrongPasswordIsRefusedInVietnameseAndSigningOutEndsTheSession() throws Exception {
    String lead =
        fixtures().account("lead", "Hoàng Minh Đức", StaffRole.AGENCY_LEAD, "UBND-27712");
    ConsolePage page = console();
    page.assertAccessible("sign-in form");
    page.signIn(lead, "không-phải-mật-khẩu");
    // One answer for an unknown user, a wrong password and a locked account: none reveals which.
    assertTrue(page.signInError()
        .startsWith("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa"),
        page.signInError());
    page.snapshot("sign-in-refused");
    page.assertAccessible("sign-in form, refused");

    page.signIn(lead, PASSWORD);
    page.waitSignedIn("Hoàng Minh Đức");
    page.navigate("nav-league");
    page.visible(By.id("league"));
    page.assertAccessible("agencies' league");
    org.openqa.selenium.Cookie session = page.sessionCookie();
    assertNotNull(session, "the session is an HTTP-only cookie");
    assertEquals("Strict", session.getSameSite());
    assertFalse(String.valueOf(((JavascriptExecutor) browser).executeScript(
        "return document.cookie")).contains(session.getValue()), "page scripts cannot read it");
    Cookie copied = Cookie.of(session.getName(), session.getValue());
    assertEquals(HttpStatus.OK, http.toBlocking().exchange(
        HttpRequest.GET("/api/staff/me").cookie(copied)).getStatus());

    page.signOut();
    Object status = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
        + " fetch('/api/staff/me', {credentials: 'same-origin'}).then(r => done(r.status));");
    assertEquals(401L, status, "the browser holds no session any more");
    HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
        () -> http.toBlocking().exchange(HttpRequest.GET("/api/staff/me").cookie(copied)));
    assertTrue(refused.getStatus() == HttpStatus.UNAUTHORIZED
        || refused.getStatus() == HttpStatus.FORBIDDEN, "a copied token dies with its session");
    browser.navigate().refresh();
    page.visible(By.id("signin-form"));
  }

  // Steps

  private void onAPhoneTheRowsAreCards(ConsolePage page, String code) {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      page.waiterUntil(d -> page.row("inbox", code).getCssValue("display").equals("block"));
      page.snapshot("inbox-phone");
      page.assertAccessible("inbox on a phone");
      assertFalse(browser.findElement(By.cssSelector("table.tickets thead")).isDisplayed());
    } finally {
      browser.manage().window().setSize(
          new Dimension(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT));
    }
  }

  private ConsoleFixtures fixtures() {
    if (fixtures == null) {
      fixtures = new ConsoleFixtures(http, accounts, hasher);
    }
    return fixtures;
  }

  private ConsolePage console() {
    if (browser == null) {
      browser = HeadlessChromium.start();
    }
    return new ConsolePage(browser, server.getURL()).open();
  }

  private static WebElement last(ConsolePage page) {
    List<WebElement> lines = page.timeline();
    return lines.get(lines.size() - 1);
  }

  private static void assertEntry(WebElement line, String type, String visibility) {
    assertEquals(type, line.getAttribute("data-type"), line.getText());
    assertEquals(visibility, line.getAttribute("data-visibility"), line.getText());
    assertTrue(line.getText().contains(visibility.equals("PUBLIC") ? "Công khai" : "Nội bộ"));
  }

  private static String cell(WebElement row, String column) {
    return row.findElement(By.cssSelector("td[data-col='" + column + "']")).getText();
  }
}
