package vn.citizenhub.core.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.feedback.FeedbackToken;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * A matter the hotline answered as it took it in (first-contact resolution) becomes a ticket
 * resolved with closure code ANSWERED, the answer public, the caller told; the competent agency
 * is named but not credited, and a "not fixed" reopens it there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweredOnTheSpotTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(20);
  private static final String ANSWER = "Đèn do Điện lực quản lý; tổng đài đã báo Điện lực và"
      + " hướng dẫn ông gọi số in trên hóa đơn tiền điện.";

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_answered");
  }

  @Test
  void anAnsweredCallIsAResolvedTicketWithTheAnswerPublicAndTheCallerTold() {
    String phone = "+8491" + (1000000 + (int) (Math.random() * 8999999));
    String identity = Channel.HOTLINE.identity(phone);
    IntakeEnvelope envelope = IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.HOTLINE, "pbx-" + UUID.randomUUID(),
        new CitizenRef(identity, "Trần Văn Bình", phone, null),
        TrackingCode.generate(Channel.HOTLINE).value(),
        new NewReport(ItemKind.QUESTION, "STREET_LIGHT",
            "Hỏi vì sao đèn trước số 5 Nguyễn Huệ chập chờn và ai sửa.",
            new Location(Envelopes.TAN_AN, null, null, "5 Nguyễn Huệ"), List.of(),
            new Consent(true, "hotline-2025-07", Instant.now()), ANSWER));
    KafkaProbe.send(envelope);
    String code = envelope.trackingCode();
    SqlProbe db = new SqlProbe(database.pool());

    await().atMost(WITHIN).until(() -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code) == 1);
    assertEquals("RESOLVED", db.string("SELECT status FROM ticket WHERE tracking_code = ?", code));
    assertEquals("ANSWERED",
        db.string("SELECT closure_code FROM ticket WHERE tracking_code = ?", code));
    assertEquals("UBND-27712",
        db.string("SELECT agency_code FROM ticket WHERE tracking_code = ?", code),
        "the competent agency is named, for a reopening");
    assertNull(db.string("SELECT on_time FROM ticket WHERE tracking_code = ?", code),
        "not the agency's resolution: the league table leaves it out");
    assertEquals(db.string("SELECT received_at FROM ticket WHERE tracking_code = ?", code),
        db.string("SELECT resolved_at FROM ticket WHERE tracking_code = ?", code));
    assertEquals(List.of("RECEIVED", "RESOLVED"), List.of(
        db.string("SELECT MIN(t.type) FROM timeline_entry t JOIN ticket k ON k.id = t.ticket_id"
            + " WHERE k.tracking_code = ?", code),
        db.string("SELECT MAX(t.type) FROM timeline_entry t JOIN ticket k ON k.id = t.ticket_id"
            + " WHERE k.tracking_code = ?", code)));
    assertTrue(db.string("SELECT t.text_vi FROM timeline_entry t JOIN ticket k"
        + " ON k.id = t.ticket_id WHERE k.tracking_code = ? AND t.type = 'RESOLVED'"
        + " AND t.visibility = 'PUBLIC'", code).endsWith(ANSWER));

    var notices = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .anyMatch(r -> r.key().equals(identity)), WITHIN);
    String receipt = notices.stream().filter(r -> r.key().equals(identity))
        .map(KafkaProbe::text).findFirst().orElseThrow();
    assertTrue(receipt.contains("\"channel\":\"HOTLINE\"") && receipt.contains(ANSWER)
        && receipt.contains(new TrackingCode(code).display()), receipt);
    // The answer is an outcome: the receipt carries the caller's private feedback link.
    String token = ContractJson.read(receipt.getBytes(StandardCharsets.UTF_8),
        Notification.class).feedbackToken();
    assertTrue(FeedbackToken.wellFormed(token), "a feedback token on the receipt: " + token);
    assertEquals(1, db.count("SELECT COUNT(*) FROM feedback_token f JOIN ticket k"
        + " ON k.id = f.ticket_id WHERE k.tracking_code = ? AND f.token_hash = ?", code,
        FeedbackToken.hash(token)));
    var events = KafkaProbe.readUntil(Topics.TICKET_EVENTS, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(code)
            && KafkaProbe.text(r).contains("\"type\":\"RESOLVED\"")), WITHIN);
    assertTrue(events.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)
        && KafkaProbe.text(r).contains("\"type\":\"RESOLVED\"")));

    KafkaProbe.send(IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.HOTLINE, "pbx-" + UUID.randomUUID(), new CitizenRef(identity, null, null, null),
        code, new NotFixedVerdict("Tối qua đèn vẫn chập chờn.")));
    await().atMost(WITHIN).until(() -> "REOPENED".equals(
        db.string("SELECT status FROM ticket WHERE tracking_code = ?", code)));
    assertEquals("UBND-27712",
        db.string("SELECT agency_code FROM ticket WHERE tracking_code = ?", code));
  }
}
