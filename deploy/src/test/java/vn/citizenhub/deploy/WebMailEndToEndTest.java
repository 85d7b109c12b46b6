package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * A web citizen hears back by e-mail through the whole hub (channel-web, Kafka, hub-core, the
 * database, a real SMTP server): the receipt arrives with the tracking link, the delivery is on
 * the ticket's timeline, and once the citizen unsubscribes through the mail's own link the next
 * notice goes by SMS and the timeline says why.
 */
@ScanLogsForPersonalData({WebReports.NAME, WebReports.PHONE, WebReports.EMAIL})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebMailEndToEndTest implements TestPropertyProvider {

  private static final String PUBLIC_URL = "https://phananh.tayninh.example.gov.vn";
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  private WebReports citizen;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_mail"));
    p.put("hub.public-url", PUBLIC_URL);
    p.put("hub.web.mail.host", "127.0.0.1");
    p.put("hub.web.mail.port", Integer.toString(SMTP.getSmtp().getPort()));
    p.put("hub.web.mail.security", "NONE");
    p.put("hub.web.mail.from-address", "khongtraloi@tayninh.example.gov.vn");
    return p;
  }

  @BeforeAll
  void connect() {
    citizen = new WebReports(server.getURL().toString());
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopSmtp() {
    SMTP.stop();
  }

  private long timeline(String code, String type, String textEn) {
    return db.count("SELECT COUNT(*) FROM timeline_entry e JOIN ticket t ON t.id = e.ticket_id"
        + " WHERE t.tracking_code = ? AND e.type = ? AND e.actor = 'web' AND e.text_en = ?",
        TrackingCode.parse(code).orElseThrow().value(), type, textEn);
  }

  private static List<MimeMessage> mails() throws Exception {
    return List.of(SMTP.getReceivedMessagesForDomain("example.vn"));
  }

  @Test
  void theReceiptIsEmailedAndAfterUnsubscribingTheNextNoticeGoesBySms() throws Exception {
    String code = citizen.post(WebReports.form("ROAD_DAMAGE",
        "Đường Nguyễn Huệ, phường Kiến Tường"), null).code();
    await().atMost(Duration.ofSeconds(30)).until(() -> mails().size() == 1);
    MimeMessage receipt = mails().get(0);
    assertEquals("Đã tiếp nhận phản ánh " + code + " / Report " + code + " received",
        receipt.getSubject());
    String text = ((String) ((Multipart) receipt.getContent()).getBodyPart(0).getContent())
        .replace("\r\n", "\n");
    assertTrue(text.contains("\n" + PUBLIC_URL + "/track?code=" + code + "\n"), text);
    await().atMost(Duration.ofSeconds(30)).until(() -> timeline(code, "NOTICE_SENT",
        "The citizen was notified via the web portal. E-mail sent.") == 1);

    // The mail client's one-click unsubscribe (RFC 8058) to the link in the mail's header.
    String link = receipt.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
    HttpResponse<String> unsubscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.getURL() + link.substring(PUBLIC_URL.length())))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, unsubscribed.statusCode());

    String second = citizen.post(WebReports.form("STREET_LIGHT", "Hẻm 3, phường Tân An"), null)
        .code();
    await().atMost(Duration.ofSeconds(30)).until(() -> timeline(second, "NOTICE_HANDED_BACK",
        "Not deliverable via the web portal; passed to another channel. The citizen"
            + " unsubscribed from e-mail.") == 1);
    // The hand-back is on the timeline first; the SMS notice then travels through the outbox and
    // Kafka to the hotline channel's inbox.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, db.count(
        "SELECT COUNT(*) FROM channel_notification WHERE channel = 'HOTLINE' AND payload LIKE ?",
        "%" + TrackingCode.parse(second).orElseThrow().value() + "%"),
        "the receipt was handed to the hotline channel as an SMS"));
    assertEquals(1, mails().size(), "no e-mail after unsubscribing");
  }
}
