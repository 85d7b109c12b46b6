package vn.citizenhub.channel.web.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.citizenhub.channel.web.mail.MailTestKit.address;
import static vn.citizenhub.channel.web.mail.MailTestKit.notice;
import static vn.citizenhub.channel.web.mail.MailTestKit.publish;
import static vn.citizenhub.channel.web.mail.MailTestKit.reports;
import static vn.citizenhub.channel.web.mail.MailTestKit.state;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The SMTP server is down (connection refused) while notices arrive: they are kept and tried
 * again, none is lost or given up, and once the server is back each citizen gets exactly one
 * e-mail and each notice one delivery report.
 */
@ScanLogsForPersonalData
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpOutageTest implements TestPropertyProvider {

  private static final TestSmtp SMTP = new TestSmtp();
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_smtp_outage"));
    p.putAll(WebMailDeliveryTest.mailProperties(SMTP));
    p.put("hub.core.url", CATALOG.url());
    p.put("hub.notify.retry-base", "300ms");
    p.put("hub.notify.probe-interval", "500ms");
    p.put("hub.web.mail.breaker-open-for", "1s");
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
  void noticesWaitOutTheOutageAndAreEachSentOnceWhenTheServerIsBack() throws Exception {
    SMTP.stop();
    List<String> emails = IntStream.range(0, 3).mapToObj(i -> address("outage" + i)).toList();
    List<Notification> notices = emails.stream().map(e -> notice(e, null, null)).toList();
    publish(notices.toArray(Notification[]::new));

    // Every notice has failed at least twice and waits for its next try; none was given up.
    await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT COUNT(*) FROM"
        + " channel_notification WHERE channel = 'WEB' AND state = 'PENDING' AND attempts >= 2"
        + " AND notification_id IN (?, ?, ?)", notices.get(0).id(), notices.get(1).id(),
        notices.get(2).id()) == 3);

    SMTP.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> notices.stream()
        .allMatch(n -> state(db, n.id()).equals("SENT")));
    for (int i = 0; i < notices.size(); i++) {
      assertEquals(1, SMTP.messagesTo(emails.get(i)).size(), "exactly one e-mail each");
      var reported = reports(notices.get(i).id());
      assertEquals(1, reported.size(), reported.toString());
      assertEquals(DeliveryStatus.SENT, reported.get(0).status());
    }
  }
}
