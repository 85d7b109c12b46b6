package vn.citizenhub.channel.web.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.channel.web.mail.MailTestKit.address;
import static vn.citizenhub.channel.web.mail.MailTestKit.notice;
import static vn.citizenhub.channel.web.mail.MailTestKit.part;
import static vn.citizenhub.channel.web.mail.MailTestKit.phone;
import static vn.citizenhub.channel.web.mail.MailTestKit.publish;
import static vn.citizenhub.channel.web.mail.MailTestKit.reports;
import static vn.citizenhub.channel.web.mail.MailTestKit.smsFor;
import static vn.citizenhub.channel.web.mail.MailTestKit.state;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Web citizens hear back by e-mail, through a real SMTP server (GreenMail), the shared broker and
 * the real database: a notice on hub.notify.v1 becomes one bilingual e-mail with its links and
 * unsubscribe headers, a repeat is sent once, a greylisting server is tried again, a refused
 * mailbox and a missing address go to SMS when a phone is known and otherwise fail, and every
 * outcome is reported to the ticket's timeline.
 */
@ScanLogsForPersonalData
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class WebMailDeliveryTest implements TestPropertyProvider {

  public static final String PUBLIC_URL = "https://phananh.tayninh.example.gov.vn";
  private static final TestSmtp SMTP = new TestSmtp();
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_mail"));
    p.putAll(mailProperties(SMTP));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  public static Map<String, String> mailProperties(TestSmtp smtp) {
    Map<String, String> p = new HashMap<>();
    p.put("hub.notify.retry-base", "200ms");
    p.put("hub.public-url", PUBLIC_URL + "/");
    p.put("hub.web.mail.host", "127.0.0.1");
    p.put("hub.web.mail.port", Integer.toString(smtp.port));
    p.put("hub.web.mail.security", "NONE");
    p.put("hub.web.mail.from-address", "khongtraloi@tayninh.example.gov.vn");
    p.put("hub.web.mail.retry-wait", "20ms");
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopServers() {
    SMTP.close();
    CATALOG.close();
  }

  @Test
  void aNoticeBecomesOneBilingualEmailWithItsLinksEvenWhenKafkaDeliversItTwice()
      throws Exception {
    String email = address("an");
    Notification n = notice(email, null, null);
    publish(n, n);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, n.id()).equals("SENT"));
    List<MimeMessage> received = SMTP.messagesTo(email);
    assertEquals(1, received.size(), "a notice delivered twice by Kafka is one e-mail");
    assertEquals(1, SMTP.rcptCount(email));
    MimeMessage mail = received.get(0);
    String code = new TrackingCode(n.trackingCode()).display();

    assertEquals("Cập nhật về phản ánh " + code + " / Update on report " + code,
        mail.getSubject());
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertEquals("khongtraloi@tayninh.example.gov.vn", from.getAddress());
    assertEquals("Cổng tiếp nhận phản ánh, kiến nghị", from.getPersonal());
    assertEquals("<" + n.id() + "@tayninh.example.gov.vn>", mail.getMessageID());
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
    assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());

    String trackingLink = PUBLIC_URL + "/track?code=" + code;
    String text = part(mail, "text/plain");
    assertTrue(text.indexOf(MailTestKit.MESSAGE_VI) >= 0, text);
    assertTrue(text.indexOf(MailTestKit.MESSAGE_EN) > text.indexOf(MailTestKit.MESSAGE_VI),
        "Vietnamese first, then English: " + text);
    assertTrue(text.contains("Theo dõi phản ánh " + code + ":\n" + trackingLink + "\n"), text);
    assertTrue(text.contains("Follow report " + code + ":\n" + trackingLink + "\n"), text);
    assertFalse(text.contains("#k="), "no private link without a feedback token");

    String unsubscribe = unsubscribeLink(mail);
    assertTrue(unsubscribe.matches(Pattern.quote(PUBLIC_URL)
        + "/api/web/unsubscribe\\?t=[A-Za-z0-9_-]{64}"), unsubscribe);
    assertFalse(unsubscribe.toLowerCase().contains("nguoidan"), "no address in the link");
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
    assertTrue(text.contains(unsubscribe), text);

    String html = part(mail, "text/html");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), html);
    assertEquals(List.of(trackingLink, unsubscribe, trackingLink, unsubscribe), hrefs(html));
    assertTrue(html.indexOf(MailTestKit.MESSAGE_EN) > html.indexOf(MailTestKit.MESSAGE_VI));

    List<DeliveryReport> reported = reports(n.id());
    assertEquals(1, reported.size(), reported.toString());
    assertEquals(DeliveryStatus.SENT, reported.get(0).status());
    assertEquals("Đã gửi thư điện tử.", reported.get(0).detailVi());
    assertEquals("E-mail sent.", reported.get(0).detailEn());
  }

  @Test
  void aNoticeWithAFeedbackTokenLinksToThePrivatePage() throws Exception {
    String email = address("binh");
    Notification n = notice(email, null, "fb-Token_0123456789abcdefghij");
    publish(n);

    await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.messagesTo(email).size() == 1);
    MimeMessage mail = SMTP.messagesTo(email).get(0);
    String link = PUBLIC_URL + "/track?code=" + new TrackingCode(n.trackingCode()).display()
        + "#k=fb-Token_0123456789abcdefghij";
    String text = part(mail, "text/plain");
    assertTrue(text.contains("\n" + link + "\n"), text);
    assertTrue(text.contains("Liên kết trên là của riêng bạn"), text);
    assertTrue(text.contains("This link is yours alone"), text);
    assertEquals(link, hrefs(part(mail, "text/html")).get(0));
  }

  @Test
  void aGreylistingServerIsTriedAgainAndTheCitizenGetsOneEmail() throws Exception {
    String email = address("chi");
    SMTP.greylist(email, 3); // two quick attempts in the first round, one more in the second
    Notification n = notice(email, null, null);
    publish(n);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(4, SMTP.rcptCount(email), "three 451 answers, then taken");
    assertEquals(1, SMTP.messagesTo(email).size());
    assertEquals(DeliveryStatus.SENT, reports(n.id()).get(0).status());
  }

  @Test
  void aMailboxRefusedForGoodIsReportedAndHandedBackForSmsWhenAPhoneIsKnown() throws Exception {
    String withPhone = address("dung");
    String withoutPhone = address("giang");
    SMTP.refuseMailbox(withPhone);
    SMTP.refuseMailbox(withoutPhone);
    String phone = phone();
    Notification toSms = notice(withPhone, phone, "fb-token-for-sms");
    Notification failed = notice(withoutPhone, null, null);
    publish(toSms, failed);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, toSms.id()).equals("HANDED_BACK")
        && state(db, failed.id()).equals("FAILED"));
    assertEquals(1, SMTP.rcptCount(withPhone), "a 550 is not tried again");
    assertEquals(0, SMTP.messagesTo(withPhone).size() + SMTP.messagesTo(withoutPhone).size());

    DeliveryReport handedBack = reports(toSms.id()).get(0);
    assertEquals(DeliveryStatus.HANDED_BACK, handedBack.status());
    assertEquals("Máy chủ thư từ chối địa chỉ người nhận (mã 550).", handedBack.detailVi());
    assertEquals("The mail server refused the recipient's address (code 550).",
        handedBack.detailEn());
    List<Notification> sms = smsFor(phone, toSms.trackingCode());
    assertEquals(1, sms.size());
    assertEquals(Channel.HOTLINE, sms.get(0).channel());
    assertEquals(MailTestKit.MESSAGE_VI, sms.get(0).messageVi());
    assertEquals("fb-token-for-sms", sms.get(0).feedbackToken());

    DeliveryReport notDelivered = reports(failed.id()).get(0);
    assertEquals(DeliveryStatus.FAILED, notDelivered.status());
    assertEquals("The mail server refused the recipient's address (code 550)."
        + " No phone number to send an SMS to.", notDelivered.detailEn());
  }

  @Test
  void withoutAnAddressAPhoneGetsAnSmsAndNeitherIsAReportedFailure() throws Exception {
    String phone = phone();
    Notification phoneOnly = notice(null, phone, null);
    Notification nothing = notice("  ", null, null);
    publish(phoneOnly, nothing);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, phoneOnly.id())
        .equals("HANDED_BACK") && state(db, nothing.id()).equals("FAILED"));
    assertEquals(1, smsFor(phone, phoneOnly.trackingCode()).size());
    assertEquals("The citizen left no e-mail address.", reports(phoneOnly.id()).get(0).detailEn());
    DeliveryReport failed = reports(nothing.id()).get(0);
    assertEquals(DeliveryStatus.FAILED, failed.status());
    assertEquals("Người dân không để lại địa chỉ thư điện tử. Không có số điện thoại để gửi SMS.",
        failed.detailVi());
  }

  public static String unsubscribeLink(MimeMessage mail) throws Exception {
    String header = mail.getHeader("List-Unsubscribe", null);
    assertTrue(header != null && header.startsWith("<") && header.endsWith(">"), header);
    return header.substring(1, header.length() - 1);
  }

  private static List<String> hrefs(String html) {
    Matcher m = HREF.matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).replace("&amp;", "&"));
    }
    return found;
  }
}
