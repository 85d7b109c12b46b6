package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.core.console.ConsoleFixtures.PASSWORD;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.TestPhotos;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * The citizen's photos on the console's ticket page, in a real browser: thumbnails loaded with
 * the officer's session (CSP img-src 'self'), alt text, each a link to the full size in a new
 * tab, the public ones badged, a removed one said to be no longer kept.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketPhotosBrowserTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject AttachmentStore store;
  @Inject @Client("/") HttpClient http;

  private WebDriver browser;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_console_photos");
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theOfficerSeesThePhotosAsThumbnailsOpeningFullSize() throws Exception {
    String key = "web/test/" + UUID.randomUUID();
    store.put(key + "-1.jpg", TestPhotos.jpeg(640, 480), "image/jpeg");
    store.put(key + "-2.jpg", TestPhotos.jpeg(300, 400), "image/jpeg");
    IntakeEnvelope envelope = IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.WEB, UUID.randomUUID().toString(), new CitizenRef("web:" + UUID.randomUUID(),
            "Đỗ Thị Hoa", "0912000111", null), TrackingCode.generate(Channel.WEB).value(),
        new NewReport(ItemKind.REPORT, "STREET_LIGHT", "Đèn đường tắt, có ảnh chụp kèm theo.",
            new Location(Envelopes.TAN_AN, null, null, "3 Hùng Vương"), List.of(
                Attachment.stored(key + "-1.jpg", "image/jpeg", 1000, true),
                Attachment.stored(key + "-2.jpg", "image/jpeg", 1000, false)),
            new Consent(true, "web-2025-07", Instant.now())));
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    ConsoleFixtures fixtures = new ConsoleFixtures(http, accounts, hasher);
    fixtures.awaitStatus(code, "ROUTED");
    store.delete(key + "-2.jpg"); // as the retention purge would
    String officer = fixtures.account("officer", "Vũ Minh Tâm", StaffRole.AGENCY_OFFICER,
        "UBND-27712");

    browser = HeadlessChromium.start();
    ConsolePage page = new ConsolePage(browser, server.getURL()).open();
    page.signIn(officer, PASSWORD);
    page.waitSignedIn("Vũ Minh Tâm");
    page.waitSomeRows("inbox", List.of(code));
    page.openTicket("inbox", code);

    WebElement first = page.visible(By.cssSelector("#photos li[data-testid='photo'] img"));
    assertTrue(first.getAttribute("alt").startsWith("Ảnh 1 người dân gửi qua Cổng thông tin"),
        first.getAttribute("alt"));
    page.waiterUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", first)).intValue()
        == 640);
    WebElement link = browser.findElement(By.cssSelector("#photos li[data-testid='photo'] a"));
    assertTrue(link.getAttribute("href").matches(".*/api/staff/tickets/\\d+/attachments/\\d+"));
    assertEquals("_blank", link.getAttribute("target"));
    assertEquals("Công khai", browser.findElement(By.cssSelector(
        "#photos li[data-testid='photo'] .badge.public")).getText());
    page.waiterUntil(d -> d.findElement(By.id("photos")).getText()
        .contains("Ảnh 2 không còn được lưu."));
    assertEquals(1, browser.findElements(By.cssSelector("#photos img")).size(),
        "the removed photo is said to be gone, not shown broken");
    Accessibility.assertNoSeriousViolations(browser, "ticket page: photos");
  }
}
