package vn.citizenhub.core.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;

/** hub-core over a real Kafka broker and a real MySQL-compatible server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakePipelineTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(20);

  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_pipeline");
  }

  @BeforeAll
  void rows() {
    db = new SqlProbe(database.pool());
  }

  private long ticketsWithCode(String code) {
    return db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code);
  }

  @Test
  void aReportBecomesARoutedTicketWithItsTimelineAndDueDate() {
    IntakeEnvelope sent = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN);
    Instant receivedAt = Instant.parse("2026-11-27T03:04:05.678Z");
    IntakeEnvelope envelope = new IntakeEnvelope(sent.schema(), sent.id(), receivedAt,
        sent.channel(), sent.channelRef(), sent.citizen(), sent.trackingCode(), sent.payload());
    KafkaProbe.send(envelope);

    await().atMost(WITHIN).until(() -> ticketsWithCode(envelope.trackingCode()) == 1);
    assertEquals("ROUTED", db.string("SELECT status FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()));
    // The most specific rule: street lights in Phường Tân An go to its People's Committee.
    assertEquals("UBND-27712", db.string("SELECT agency_code FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()));
    assertEquals(2, db.count("SELECT COUNT(*) FROM timeline_entry t JOIN ticket k ON k.id = t.ticket_id"
        + " WHERE k.tracking_code = ? AND t.visibility = 'PUBLIC'", envelope.trackingCode()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM consent_record WHERE intake_id = ?",
        envelope.id()));
    // Milliseconds survive (MariaDB through MySQL Connector/J would drop them if bound as time).
    assertTrue(db.string("SELECT received_at FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()).startsWith("2026-11-27 03:04:05.678"));
    // Received on Friday 27 Nov 2026: 10 working days later is Friday 11 Dec.
    assertEquals("2026-12-11", db.string("SELECT due_date FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()));
  }

  @Test
  void theSameEnvelopeDeliveredTwiceMakesOneTicket() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "ROAD_DAMAGE", null);
    KafkaProbe.send(envelope);
    KafkaProbe.send(envelope);
    IntakeEnvelope marker = Envelopes.report(envelope.citizen().identity(), "ROAD_DAMAGE", null);
    KafkaProbe.send(marker); // same key, same partition: processed after both copies

    await().atMost(WITHIN).until(() -> ticketsWithCode(marker.trackingCode()) == 1);
    assertEquals(1, ticketsWithCode(envelope.trackingCode()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM processed_intake WHERE intake_id = ?",
        envelope.id()));
  }

  @Test
  void anUnroutableReportWaitsInTheCoordinatorsTriageQueue() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "OTHER", Envelopes.TAN_AN);
    KafkaProbe.send(envelope);

    await().atMost(WITHIN).until(() -> ticketsWithCode(envelope.trackingCode()) == 1);
    assertEquals("TRIAGE", db.string("SELECT status FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()));
    assertEquals(null, db.string("SELECT agency_code FROM ticket WHERE tracking_code = ?",
        envelope.trackingCode()));
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextReportIsProcessed() {
    String key = Envelopes.newIdentity();
    KafkaProbe.sendRaw(key, "{\"schema\": {\"name\": \"hub.intake\"".getBytes(StandardCharsets.UTF_8));
    IntakeEnvelope good = Envelopes.report(key, "ROAD_DAMAGE", null);
    KafkaProbe.send(good);

    await().atMost(WITHIN).until(() -> ticketsWithCode(good.trackingCode()) == 1);
    var dead = KafkaProbe.readUntil(Topics.INTAKE_DLQ,
        seen -> seen.stream().anyMatch(r -> key.equals(r.key())), WITHIN);
    ConsumerRecord<String, byte[]> parked = dead.stream()
        .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    String reason = new String(parked.headers().lastHeader(Topics.DLQ_REASON_HEADER).value(),
        StandardCharsets.UTF_8);
    assertTrue(reason.startsWith("malformed JSON"), reason);
  }

  @Test
  void anInvalidEnvelopeAndAFollowUpForAnUnknownTicketAreDeadLettered() {
    String key = Envelopes.newIdentity();
    IntakeEnvelope noConsent = Envelopes.report(key, "ROAD_DAMAGE", null);
    String json = ContractJson.writeString(noConsent).replace("\"given\":true", "\"given\":false");
    KafkaProbe.sendRaw(key, json.getBytes(StandardCharsets.UTF_8));
    IntakeEnvelope stray = Envelopes.followUp(key,
        TrackingCode.generate(Channel.ZALO).value(), "thêm thông tin");
    KafkaProbe.send(stray);

    var dead = KafkaProbe.readUntil(Topics.INTAKE_DLQ,
        seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= 2, WITHIN);
    var reasons = dead.stream().filter(r -> key.equals(r.key()))
        .map(r -> new String(r.headers().lastHeader(Topics.DLQ_REASON_HEADER).value(),
            StandardCharsets.UTF_8)).toList();
    assertTrue(reasons.stream().anyMatch(r -> r.contains("CONSENT_REQUIRED")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("no ticket has tracking code")),
        reasons.toString());
    assertEquals(0, ticketsWithCode(noConsent.trackingCode()));
  }

  @Test
  void followUpsLandOnTheTicketAndARatingOnlyOnceItHasAnOutcome() {
    String who = Envelopes.newIdentity();
    IntakeEnvelope report = Envelopes.report(who, "ROAD_DAMAGE", null);
    KafkaProbe.send(report);
    KafkaProbe.send(Envelopes.followUp(who, report.trackingCode(), "Ổ gà sâu khoảng 20cm."));
    KafkaProbe.send(Envelopes.rating(who, report.trackingCode(), 4));

    // A rating rates an answer: one sent while the ticket is open is noted, not recorded.
    await().atMost(WITHIN).until(() -> db.count("SELECT COUNT(*) FROM timeline_entry t"
        + " JOIN ticket k ON k.id = t.ticket_id WHERE k.tracking_code = ?"
        + " AND t.type = 'CITIZEN_RATING_EARLY' AND t.visibility = 'INTERNAL'",
        report.trackingCode()) == 1);
    assertEquals(1, db.count("SELECT COUNT(*) FROM timeline_entry t JOIN ticket k"
        + " ON k.id = t.ticket_id WHERE k.tracking_code = ? AND t.type = 'CITIZEN_FOLLOW_UP'",
        report.trackingCode()));
    assertNull(
        db.string("SELECT rating FROM ticket WHERE tracking_code = ?", report.trackingCode()));

    IntakeEnvelope answered = Envelopes.answered(who, "STREET_LIGHT", Envelopes.TAN_AN);
    KafkaProbe.send(answered);
    KafkaProbe.send(Envelopes.rating(who, answered.trackingCode(), 4, "Trả lời rõ ràng."));
    await().atMost(WITHIN).until(() -> "4".equals(
        db.string("SELECT rating FROM ticket WHERE tracking_code = ?", answered.trackingCode())));
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket_rating r JOIN ticket k"
        + " ON k.id = r.ticket_id WHERE k.tracking_code = ? AND r.score = 4"
        + " AND r.comment = 'Trả lời rõ ràng.'", answered.trackingCode()));
  }

  @Test
  void theOutboxPublishesTicketEventsAndTheReceiptForTheCitizen() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "ROAD_DAMAGE", null);
    KafkaProbe.send(envelope);

    var events = KafkaProbe.readUntil(Topics.TICKET_EVENTS, seen -> seen.stream()
        .filter(r -> KafkaProbe.text(r).contains(envelope.trackingCode())).count() >= 2, WITHIN);
    var mine = events.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(envelope.trackingCode())).toList();
    assertTrue(mine.stream().anyMatch(t -> t.contains("\"type\":\"CREATED\"")), mine.toString());
    assertTrue(mine.stream().anyMatch(t -> t.contains("\"type\":\"ROUTED\"")), mine.toString());
    assertFalse(mine.stream().anyMatch(t -> t.contains("0912345678") || t.contains("Nguyễn")),
        "ticket events carry no personal data");

    var receipts = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(envelope.trackingCode())), WITHIN);
    String receipt = receipts.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(envelope.trackingCode())).findFirst().orElseThrow();
    assertTrue(receipt.contains("Mã tra cứu"), receipt);
    assertEquals(0, db.count("SELECT COUNT(*) FROM outbox_message"));
  }
}
