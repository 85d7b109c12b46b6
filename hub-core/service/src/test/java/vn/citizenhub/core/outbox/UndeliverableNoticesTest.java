package vn.citizenhub.core.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Open311 clients poll, so its definition says the channel delivers no notices: hub-core hands
 * such a notice back at once, through a real broker and database, instead of leaving it on
 * hub.notify.v1 where no one reads it. With a phone it goes to the SMS channel; without one the
 * ticket's timeline says the citizen could not be told.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndeliverableNoticesTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(30);

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_undeliverable");
  }

  private static IntakeEnvelope open311Report(String phone) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.OPEN311,
        "req-" + UUID.randomUUID(),
        new CitizenRef(Channel.OPEN311.identity("fixmystreet:" + UUID.randomUUID()),
            "Đỗ Thị Hoa", phone, null),
        TrackingCode.generate(Channel.OPEN311).value(),
        new NewReport(ItemKind.REPORT, "STREET_LIGHT",
            "Đèn đường trước số 40 Trần Hưng Đạo tắt từ tuần trước.",
            new Location(Envelopes.TAN_AN, null, null, "40 Trần Hưng Đạo"), List.of(),
            new Consent(true, "open311-2025-07", Instant.now())));
  }

  private List<String> timelineTypes(SqlProbe db, String code) {
    long n = db.count("SELECT COUNT(*) FROM timeline_entry t JOIN ticket k ON k.id = t.ticket_id"
        + " WHERE k.tracking_code = ?", code);
    List<String> types = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      types.add(db.string("SELECT t.type FROM timeline_entry t JOIN ticket k"
          + " ON k.id = t.ticket_id WHERE k.tracking_code = ? ORDER BY t.id LIMIT 1 OFFSET " + i,
          code));
    }
    return types;
  }

  private static List<Notification> notices(String code) {
    return KafkaProbe.readToEnd(Topics.NOTIFY).stream()
        .map(r -> ContractJson.read(r.value(), Notification.class))
        .filter(n -> code.equals(n.trackingCode())).toList();
  }

  @Test
  void aNoticeForOpen311GoesToSmsWhenAPhoneIsKnownAndTheTimelineSaysSo() {
    String phone = "+8498" + (1_000_000 + (int) (Math.random() * 8_999_999));
    IntakeEnvelope report = open311Report(phone);
    String code = report.trackingCode();
    KafkaProbe.send(report);
    SqlProbe db = new SqlProbe(database.pool());

    await().atMost(WITHIN).until(() -> timelineTypes(db, code).contains("NOTICE_HANDED_BACK"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code));
    List<Notification> sent = notices(code);
    assertTrue(sent.stream().noneMatch(n -> n.channel() == Channel.OPEN311),
        "nothing left on hub.notify.v1 for a channel that reads none: " + sent);
    Notification sms = sent.stream().filter(n -> n.channel() == Channel.HOTLINE).findFirst()
        .orElseThrow(() -> new AssertionError("the receipt goes by SMS: " + sent));
    assertEquals(Channel.HOTLINE.identity(phone), sms.citizenIdentity());
    assertTrue(sms.messageVi().contains(new TrackingCode(code).display()), sms.messageVi());
    assertEquals(1, timelineTypes(db, code).stream()
        .filter("NOTICE_HANDED_BACK"::equals).count(), "one line per notice");
    assertEquals("Không gửi được qua " + Channel.OPEN311.labelVi()
        + ", chuyển sang kênh khác. Kênh này không gửi được thông báo; đã chuyển sang SMS.",
        db.string("SELECT t.text_vi FROM timeline_entry t JOIN ticket k ON k.id = t.ticket_id"
            + " WHERE k.tracking_code = ? AND t.type = 'NOTICE_HANDED_BACK'", code));
  }

  @Test
  void withoutAPhoneNothingIsSentAndTheTimelineSaysTheCitizenWasNotTold() {
    IntakeEnvelope report = open311Report(null);
    String code = report.trackingCode();
    KafkaProbe.send(report);
    SqlProbe db = new SqlProbe(database.pool());

    await().atMost(WITHIN).until(() -> timelineTypes(db, code).contains("NOTICE_FAILED"));
    assertEquals(List.of(), notices(code), "no notice on hub.notify.v1 at all");
    assertTrue(timelineTypes(db, code).stream().noneMatch("NOTICE_HANDED_BACK"::equals));
  }
}
