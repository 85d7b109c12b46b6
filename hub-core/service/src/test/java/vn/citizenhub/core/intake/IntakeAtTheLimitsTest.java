package vn.citizenhub.core.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.AtTheLimits;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * "A code given is a ticket made": intake with every field at exactly its maximum, in the widest
 * characters, passes the contract's rules and then becomes a ticket through the real Kafka broker
 * and hub-core's intake, stored whole; and an ordinary report after it is routed as usual.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeAtTheLimitsTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(30);

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_limits_trip");
  }

  private long chars(SqlProbe db, String column, String table, String code) {
    return db.count("SELECT CHAR_LENGTH(" + column + ") FROM " + table
        + " WHERE tracking_code = ?", code);
  }

  @Test
  void intakeAtEveryMaximumBecomesTicketsStoredWhole() {
    SqlProbe db = new SqlProbe(database.pool());
    String identity = AtTheLimits.identity();
    IntakeEnvelope report = AtTheLimits.report(identity, false);
    IntakeEnvelope answered = AtTheLimits.report(AtTheLimits.identity(), true);
    assertEquals(List.of(), IntakeValidator.validate(report));
    assertEquals(List.of(), IntakeValidator.validate(answered));

    KafkaProbe.send(report);
    KafkaProbe.send(answered);
    String code = report.trackingCode();
    await().atMost(WITHIN).until(() -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code IN (?, ?)", code,
        answered.trackingCode()) == 2);

    assertEquals(IntakeValidator.MAX_DESCRIPTION, chars(db, "description", "ticket", code));
    assertEquals(IntakeValidator.MAX_ADDRESS, chars(db, "address", "ticket", code));
    assertEquals(IntakeValidator.MAX_ENVELOPE_ID, chars(db, "intake_id", "ticket", code));
    assertEquals("TRIAGE", db.string("SELECT status FROM ticket WHERE tracking_code = ?", code),
        "an unknown category of the longest code waits for a coordinator");
    assertEquals(IntakeValidator.MAX_CATEGORY_CODE, chars(db, "category_code", "ticket", code));
    String citizen = "SELECT %s FROM citizen c JOIN ticket t ON t.citizen_id = c.id"
        + " WHERE t.tracking_code = ?";
    assertEquals(report.citizen().name(),
        db.string(citizen.formatted("display_name"), code));
    assertEquals(report.citizen().email(), db.string(citizen.formatted("email"), code));
    assertEquals("+84912345678", db.string(citizen.formatted("phone"), code));
    assertEquals(identity.substring("zalo:".length()),
        db.string(citizen.formatted("external_id"), code));
    assertEquals(IntakeValidator.MAX_CONSENT_VERSION, db.count(
        "SELECT CHAR_LENGTH(text_version) FROM consent_record WHERE intake_id = ?", report.id()));
    assertEquals("RESOLVED",
        db.string("SELECT status FROM ticket WHERE tracking_code = ?", answered.trackingCode()));

    // The longest follow-up and "not fixed" comment are kept whole on the internal timeline.
    KafkaProbe.send(AtTheLimits.followUp(identity, code));
    String comment = AtTheLimits.text(IntakeValidator.MAX_MESSAGE);
    KafkaProbe.send(IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.ZALO,
        "m-" + UUID.randomUUID(), new CitizenRef(answered.citizen().identity(), null, null, null),
        answered.trackingCode(), new NotFixedVerdict(comment)));
    String messages = "SELECT COUNT(*) FROM timeline_entry e JOIN ticket t ON t.id = e.ticket_id"
        + " WHERE t.tracking_code = ? AND e.type = 'CITIZEN_MESSAGE'"
        + " AND CHAR_LENGTH(e.text_vi) = " + IntakeValidator.MAX_MESSAGE;
    await().atMost(WITHIN).until(() -> db.count(messages, code) == 1
        && db.count(messages, answered.trackingCode()) == 1);
    assertEquals("REOPENED",
        db.string("SELECT status FROM ticket WHERE tracking_code = ?", answered.trackingCode()));

    // Nothing held the intake up: an ordinary report afterwards is routed as usual.
    IntakeEnvelope ordinary = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    KafkaProbe.send(ordinary);
    await().atMost(WITHIN).until(() -> "ROUTED".equals(db.string(
        "SELECT status FROM ticket WHERE tracking_code = ?", ordinary.trackingCode())));
  }
}
