package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.lifecycle.ActionLimits;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * What staff write with an action, at and over the columns it lands in. The trial's server
 * errors (a transfer reason over 500 characters, a competent body over its size) and every other
 * text an action takes are a bilingual 400 that changes nothing: same version, same timeline.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffActionLimitsTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject
  @Client("/")
  HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;

  StaffApi api;
  String officer;
  String coordinator;
  SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_action_limits"));
    p.put("hub.workspace.sweep.enabled", "false");
    // Signing in hashes a password 600,000 times: on a busy machine that outlasts 10 s.
    p.put("micronaut.http.client.read-timeout", "60s");
    return p;
  }

  @BeforeAll
  void accounts() throws Exception {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    StaffApi.createAccount(accounts, hasher, "canbo.tanan", StaffRole.AGENCY_OFFICER,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null, PASSWORD);
    officer = api.token("canbo.tanan", PASSWORD);
    coordinator = api.token("dieuphoi", PASSWORD);
  }

  private long ticket(String category) {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), category, Envelopes.TAN_AN);
    KafkaProbe.send(envelope);
    String path = "/api/staff/tickets?q=" + new TrackingCode(envelope.trackingCode()).display()
        + WorkspaceApiTest.allStatuses();
    await().atMost(Duration.ofSeconds(30))
        .until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return api.get(path, coordinator).body().path("items").get(0).path("id").asLong();
  }

  /** The ticket's version and timeline length: what a refused action must leave as they were. */
  private String state(long id) {
    return db.string("SELECT version FROM ticket WHERE id = ?", id) + "/"
        + db.count("SELECT COUNT(*) FROM timeline_entry WHERE ticket_id = ?", id) + "/"
        + db.string("SELECT status FROM ticket WHERE id = ?", id);
  }

  private StaffApi.Answer act(long id, String token, String action, Object... fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("version", Integer.parseInt(db.string("SELECT version FROM ticket WHERE id = ?", id)));
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    return api.act(id, token, body);
  }

  private void assertRefusedUnchanged(long id, String code, StaffApi.Answer answer, String before) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(code, answer.body().path("error").asText(), answer.toString());
    assertTrue(answer.body().path("message").asText().chars().anyMatch(c -> c > 127),
        "Vietnamese first, with its diacritics: " + answer);
    assertTrue(answer.body().path("messageEn").asText().contains("character"), answer.toString());
    assertEquals(before, state(id), "a refused action changes nothing");
  }

  @Test
  void aTransferReasonOverItsColumnIsRefusedAndOneAtTheLimitIsKept() {
    long id = ticket("STREET_LIGHT");
    String before = state(id);
    assertRefusedUnchanged(id, "TEXT_TOO_LONG", act(id, officer, "TRANSFER", "agencyCode", "SXD",
        "text", "ờ".repeat(ActionLimits.MAX_TRANSFER_REASON + 1)), before);
    assertEquals(null, db.string("SELECT transfer_to FROM ticket WHERE id = ?", id));

    StaffApi.Answer kept = act(id, officer, "TRANSFER", "agencyCode", "SXD",
        "text", "ờ".repeat(ActionLimits.MAX_TRANSFER_REASON));
    assertEquals(200, kept.status(), kept.toString());
    assertEquals(ActionLimits.MAX_TRANSFER_REASON,
        db.count("SELECT CHAR_LENGTH(transfer_reason) FROM ticket WHERE id = ?", id));
  }

  @Test
  void aCompetentBodyOverItsSizeIsRefusedAndOneAtTheLimitResolves() {
    long id = ticket("STREET_LIGHT");
    String before = state(id);
    String answer = "ờ".repeat(ActionLimits.MAX_TEXT);
    assertRefusedUnchanged(id, "TEXT_TOO_LONG", act(id, officer, "RESOLVE", "closureCode",
        "NOT_COMPETENT", "text", answer, "textEn", "o".repeat(ActionLimits.MAX_TEXT),
        "competentBody", "ờ".repeat(ActionLimits.MAX_COMPETENT_BODY + 1)), before);
    assertRefusedUnchanged(id, "TEXT_INVALID_CHARACTER", act(id, officer, "RESOLVE",
        "closureCode", "NOT_COMPETENT", "text", "Không thuộc thẩm quyền.",
        "competentBody", "Điện lực\nTây Ninh"), before);

    StaffApi.Answer resolved = act(id, officer, "RESOLVE", "closureCode", "NOT_COMPETENT",
        "text", answer, "textEn", "o".repeat(ActionLimits.MAX_TEXT),
        "competentBody", "ờ".repeat(ActionLimits.MAX_COMPETENT_BODY));
    assertEquals(200, resolved.status(), resolved.toString());
    assertEquals("RESOLVED", db.string("SELECT status FROM ticket WHERE id = ?", id));
  }

  @Test
  void everyOtherTextAnActionTakesIsBoundedAndChecked() {
    long id = ticket("STREET_LIGHT");
    String before = state(id);
    assertRefusedUnchanged(id, "TEXT_TOO_LONG", act(id, officer, "NOTE",
        "text", "ờ".repeat(ActionLimits.MAX_TEXT + 1)), before);
    assertRefusedUnchanged(id, "TEXT_TOO_LONG", act(id, officer, "REPLY",
        "text", "Đã tiếp nhận.", "textEn", "o".repeat(ActionLimits.MAX_TEXT + 1)), before);
    assertRefusedUnchanged(id, "TEXT_INVALID_CHARACTER", act(id, officer, "NOTE",
        "text", "Ghi chú\u0007 nội bộ"), before);
    assertRefusedUnchanged(id, "TEXT_INVALID_CHARACTER", act(id, officer, "NOTE",
        "text", "Ghi chú \ud83d nội bộ"), before);
    assertEquals(200, act(id, officer, "NOTE", "text", "ờ".repeat(ActionLimits.MAX_TEXT - 10)
        + "\n\tdòng hai").status(), "at the limit, line breaks and tabs are fine");

    long triage = ticket("OTHER");
    String waiting = state(triage);
    assertRefusedUnchanged(triage, "TEXT_TOO_LONG", act(triage, coordinator, "ROUTE",
        "agencyCode", "UBND-27712", "text", "ờ".repeat(ActionLimits.MAX_TEXT + 1)), waiting);
  }

  @Test
  void aBodyThatIsNoJsonObjectIsABilingual400() {
    long id = ticket("STREET_LIGHT");
    String before = state(id);
    for (String body : new String[] {"null", "[]", "\"NOTE\"",
        "{\"action\":\"NOTE\",\"version\":1e99}"}) {
      StaffApi.Answer answer = api.call(HttpRequest.POST("/api/staff/tickets/" + id + "/actions",
          body).contentType(MediaType.APPLICATION_JSON_TYPE), officer);
      assertEquals(400, answer.status(), body + " " + answer);
      assertEquals("MALFORMED_JSON", answer.body().path("error").asText(), body);
      assertTrue(answer.body().path("message").asText().chars().anyMatch(c -> c > 127));
    }
    assertEquals(before, state(id));
  }
}
