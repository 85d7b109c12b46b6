package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * An officer of one agency tries another agency's ticket through every staff endpoint: nothing
 * is shown, counted or changed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyScopeTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  StaffApi api;
  String outsider;
  String coordinator;
  long theirTicket;
  long ownTicket;
  String theirCode;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_scope"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void ticketsOfTwoAgencies() throws Exception {
    api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "canbo.sxd", StaffRole.AGENCY_OFFICER, "SXD",
        PASSWORD);
    StaffApi.createAccount(accounts, hasher, "lanhdao.sxd", StaffRole.AGENCY_LEAD, "SXD",
        PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null, PASSWORD);
    outsider = api.token("canbo.sxd", PASSWORD);
    coordinator = api.token("dieuphoi", PASSWORD);
    IntakeEnvelope theirs = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    IntakeEnvelope own = Envelopes.report(Envelopes.newIdentity(), "ILLEGAL_CONSTRUCTION",
        Envelopes.TAN_AN);
    KafkaProbe.send(theirs);
    KafkaProbe.send(own);
    theirCode = new TrackingCode(theirs.trackingCode()).display();
    theirTicket = idOf(theirCode);
    ownTicket = idOf(new TrackingCode(own.trackingCode()).display());
  }

  long idOf(String code) {
    String path = "/api/staff/tickets?q=" + code;
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return api.get(path, coordinator).body().path("items").get(0).path("id").asLong();
  }

  @Test
  void anotherAgencysTicketCannotBeReadCountedOrFound() {
    StaffApi.Answer page = api.get("/api/staff/tickets/" + theirTicket, outsider);
    assertEquals(404, page.status());
    assertEquals("TICKET_NOT_FOUND", page.body().path("error").asText());
    assertFalse(page.body().toString().contains(theirCode));

    StaffApi.Answer missing = api.get("/api/staff/tickets/99999999", outsider);
    assertEquals(page.body(), missing.body(), "someone else's ticket reads like no ticket");

    for (String query : List.of("", "?agency=UBND-27712", "?q=" + theirCode,
        "?q=den%20duong", "?category=STREET_LIGHT", "?commune=27712",
        "?status=ROUTED&status=TRIAGE&status=RESOLVED", "?assignee=none", "?due=OVERDUE")) {
      StaffApi.Answer inbox = api.get("/api/staff/tickets" + query, outsider);
      assertEquals(200, inbox.status(), query);
      assertFalse(inbox.body().path("items").findValuesAsText("id")
          .contains(Long.toString(theirTicket)), query);
      assertFalse(inbox.body().toString().contains("UBND-27712"), query);
    }
    assertEquals(1, api.get("/api/staff/tickets?agency=UBND-27712", outsider).body()
        .path("total").asInt(), "the count is the officer's own agency's, whatever is asked");
    assertEquals(0, api.get("/api/staff/tickets?q=" + theirCode, outsider).body()
        .path("total").asInt());
    assertEquals(403, api.get("/api/staff/triage", outsider).status());
    assertEquals(403, api.get("/api/staff/transfers", outsider).status());
  }

  @Test
  void anotherAgencysTicketCannotBeChangedByAnyAction() {
    int version = api.get("/api/staff/tickets/" + theirTicket, coordinator).body()
        .path("version").asInt();
    for (String action : List.of("ACKNOWLEDGE", "ASSIGN", "NOTE", "REPLY", "REQUEST_INFO",
        "TRANSFER", "RESOLVE", "REOPEN", "CLOSE", "MERGE", "EXTEND", "ROUTE",
        "APPROVE_TRANSFER")) {
      Map<String, Object> body = new HashMap<>(Map.of("action", action, "version", version,
          "text", "thử", "closureCode", "FIXED", "agencyCode", "SXD"));
      StaffApi.Answer answer = api.act(theirTicket, outsider, body);
      assertEquals(404, answer.status(), action + ": " + answer);
    }
    StaffApi.Answer mergeIn = api.act(ownTicket, outsider, Map.of("action", "MERGE",
        "version", api.get("/api/staff/tickets/" + ownTicket, outsider).body().path("version")
            .asInt(), "intoTicketId", theirTicket));
    assertEquals(400, mergeIn.status(), mergeIn.toString());
    assertTrue(mergeIn.body().path("message").asText().contains("phạm vi"));
    var after = api.get("/api/staff/tickets/" + theirTicket, coordinator).body();
    assertEquals(version, after.path("version").asInt(), "nothing changed");
    assertEquals("ROUTED", after.path("status").asText());
  }
}
