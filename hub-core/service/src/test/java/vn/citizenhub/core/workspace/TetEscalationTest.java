package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * A request for information received on the last working day before Tết 2026 (Friday 13 Feb;
 * offices close 14-22 Feb) is due three working days later, on Wednesday 25 Feb, and the hub's
 * sweep escalates it on the working days after Tết, not during it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TetEscalationTest implements TestPropertyProvider {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Inject @Client("/") HttpClient http;
  @Inject SettableClock clock;
  @Inject ClockSweep sweep;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_tet"));
    p.put("spec.name", "TetEscalationTest");
    return p;
  }

  private void at(LocalDate day) {
    clock.set(day.atTime(9, 0).atZone(VN).toInstant());
  }

  private List<String> internalSteps(StaffApi api, long id) {
    // Signed in again each day: sessions run on the hub's clock.
    String token = api.token("dieuphoi", "mật-khẩu-thử-9x");
    return api.get("/api/staff/tickets/" + id, token).body().path("timeline")
        .findValuesAsText("type");
  }

  @Test
  void aRequestReceivedJustBeforeTetEscalatesOnTheRightWorkingDaysAfterIt() throws Exception {
    at(LocalDate.of(2026, 2, 13));
    StaffApi api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null,
        "mật-khẩu-thử-9x");
    Instant received = LocalDate.of(2026, 2, 13).atTime(10, 30).atZone(VN).toInstant();
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "INFO_REQUEST",
        Envelopes.TAN_AN, received);
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    String token = api.token("dieuphoi", "mật-khẩu-thử-9x");
    await().atMost(Duration.ofSeconds(20)).until(() ->
        api.get("/api/staff/tickets?q=" + code, token).body().path("total").asInt() == 1);
    long id = api.get("/api/staff/tickets?q=" + code, token).body().path("items").get(0)
        .path("id").asLong();

    JsonNode tracked = ContractJson.mapper().readTree(
        http.toBlocking().retrieve("/api/public/tickets/" + code));
    assertEquals("2026-02-25", tracked.path("dueDate").asText(),
        "three working days after Friday 13 Feb, Tết skipped");

    for (LocalDate quiet : List.of(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 20),
        LocalDate.of(2026, 2, 23))) {
      at(quiet);
      sweep.sweep();
      assertFalse(internalSteps(api, id).contains("ESCALATED_DUE_SOON"), "nothing on " + quiet);
    }
    at(LocalDate.of(2026, 2, 24));
    sweep.sweep();
    assertTrue(internalSteps(api, id).contains("ESCALATED_DUE_SOON"),
        "due soon on Tuesday 24 Feb, the working day before it is due");
    at(LocalDate.of(2026, 2, 25));
    sweep.sweep();
    assertFalse(internalSteps(api, id).contains("ESCALATED_OVERDUE"), "not overdue on its day");
    at(LocalDate.of(2026, 2, 26));
    sweep.sweep();
    List<String> steps = internalSteps(api, id);
    assertTrue(steps.contains("ESCALATED_OVERDUE"), steps.toString());
    assertEquals(1, steps.stream().filter("ESCALATED_DUE_SOON"::equals).count(), "raised once");

    var events = KafkaProbe.readUntil(Topics.TICKET_EVENTS, seen -> seen.stream()
        .anyMatch(r -> r.key().equals(Long.toString(id))
            && KafkaProbe.text(r).contains("ESCALATED_OVERDUE")), Duration.ofSeconds(20));
    assertTrue(events.stream().anyMatch(r -> r.key().equals(Long.toString(id))
        && KafkaProbe.text(r).contains("ESCALATED_OVERDUE")), "the event is published");
  }
}
