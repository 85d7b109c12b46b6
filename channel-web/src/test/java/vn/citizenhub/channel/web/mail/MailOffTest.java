package vn.citizenhub.channel.web.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.citizenhub.channel.web.mail.MailTestKit.address;
import static vn.citizenhub.channel.web.mail.MailTestKit.notice;
import static vn.citizenhub.channel.web.mail.MailTestKit.phone;
import static vn.citizenhub.channel.web.mail.MailTestKit.publish;
import static vn.citizenhub.channel.web.mail.MailTestKit.reports;
import static vn.citizenhub.channel.web.mail.MailTestKit.smsFor;
import static vn.citizenhub.channel.web.mail.MailTestKit.state;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * No SMTP host set (the all-in-one's default): e-mail is off, and a web citizen's notice is not
 * kept waiting for it: it goes by SMS when a phone is known, and is otherwise reported on the
 * timeline as not delivered, saying why.
 */
@ScanLogsForPersonalData
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOffTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_mail_off"));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @BeforeAll
  void connect() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  @Test
  void withEmailOffANoticeGoesBySmsOrIsReportedNotDelivered() throws Exception {
    String phone = phone();
    Notification withPhone = notice(address("khanh"), phone, null);
    Notification emailOnly = notice(address("lan"), null, null);
    publish(withPhone, emailOnly);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(db, withPhone.id())
        .equals("HANDED_BACK") && state(db, emailOnly.id()).equals("FAILED"));
    assertEquals(1, smsFor(phone, withPhone.trackingCode()).size());
    assertEquals(DeliveryStatus.HANDED_BACK, reports(withPhone.id()).get(0).status());
    DeliveryReport failed = reports(emailOnly.id()).get(0);
    assertEquals(DeliveryStatus.FAILED, failed.status());
    assertEquals("Chưa cấu hình máy chủ thư điện tử (SMTP) nên không gửi được thư."
        + " Không có số điện thoại để gửi SMS.", failed.detailVi());
    assertEquals("E-mail is off: no SMTP server is configured. No phone number to send an SMS"
        + " to.", failed.detailEn());
  }
}
