package vn.citizenhub.channel.hotline.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.Api;
import vn.citizenhub.channel.hotline.PhoneSystem;
import vn.citizenhub.channel.hotline.Staff;
import vn.citizenhub.channel.hotline.events.EventSignature;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The hotline's two doors at their limits: signed phone-system events whose numbers are no time
 * or whose ids overflow their columns, and call outcomes over the contract's limits, are each a
 * bilingual 400 that stores nothing, instead of a server error or a ticket that cannot be made.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineLimitsTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;

  private Api api;
  private String operator;
  private SqlProbe sql;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_limits"));
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    // Signing in hashes a password 600,000 times: on a busy machine that outlasts 10 s.
    p.put("micronaut.http.client.read-timeout", "60s");
    return p;
  }

  @BeforeAll
  void signIn() throws Exception {
    api = new Api(http);
    sql = new SqlProbe(database.pool());
    String username = new Staff(accounts, hasher).account("Nguyễn Thị Lan",
        StaffRole.HOTLINE_OPERATOR, null);
    operator = api.token(username, Staff.PASSWORD);
  }

  private Api.Answer signedEvent(String body) {
    return api.call(HttpRequest.POST("/api/hotline/calls/events", body)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .header(EventSignature.HEADER,
            EventSignature.sign(PhoneSystem.SECRET, body.getBytes(StandardCharsets.UTF_8))),
        null);
  }

  private long rows() {
    return sql.count("SELECT COUNT(*) FROM hotline_call_event")
        + sql.count("SELECT COUNT(*) FROM hotline_call")
        + sql.count("SELECT COUNT(*) FROM channel_intake_outbox");
  }

  private static void assertBilingual400(Api.Answer answer, String error) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(error, answer.text("error"), answer.toString());
    assertTrue(answer.text("message").chars().anyMatch(c -> c > 127), answer.toString());
    assertTrue(answer.text("messageEn").chars().allMatch(c -> c < 128), answer.toString());
  }

  @Test
  void signedEventsWithNoTimeOrOverlongIdsAreBilingual400sThatStoreNothing() {
    long before = rows();
    Instant at = Instant.now();
    String now = Long.toString(at.getEpochSecond());
    String callId = "pbx-" + UUID.randomUUID();
    for (String timestamp : new String[] {"99999999999999999", "\"99999999999999999\"",
        "-1", "99999999999999999999999", "\"abc\"", "1.7e9"}) {
      assertBilingual400(signedEvent(PhoneSystem.event("ringing", callId, "0912345678", "101",
          at).replace(now, timestamp)), "MALFORMED");
    }
    assertBilingual400(signedEvent(PhoneSystem.event("ringing", "c".repeat(65), "0912345678",
        "101", Instant.now())), "MALFORMED");
    assertBilingual400(signedEvent(PhoneSystem.event("ringing", callId, "0912345678",
        "1".repeat(21), Instant.now())), "MALFORMED");
    assertEquals(before, rows(), "nothing refused was stored");

    Api.Answer atMax = signedEvent(PhoneSystem.event("ringing", "c".repeat(64),
        "0912 345 678" + "9".repeat(2000), "1".repeat(20), Instant.now()));
    assertEquals(202, atMax.status(), atMax.toString());
    assertEquals(null, sql.string("SELECT caller_phone FROM hotline_call WHERE call_id = ?",
        "c".repeat(64)), "a caller that is no phone number is kept as withheld");
  }

  @Test
  void callOutcomesOverTheContractsLimitsAreBilingual400sThatStoreNothing() {
    Api.Answer started = api.post("/api/hotline/calls", Map.of("caller", "0912345678"), operator);
    assertEquals(201, started.status(), started.toString());
    String callId = started.text("callId");
    long before = sql.count("SELECT COUNT(*) FROM channel_intake_outbox");

    Map<String, Object> form = new HashMap<>();
    form.put("kind", "QUESTION");
    form.put("categoryCode", "STREET_LIGHT");
    form.put("communeCode", "27712");
    form.put("address", "ờ".repeat(IntakeValidator.MAX_ADDRESS + 1));
    form.put("description", "ờ".repeat(IntakeValidator.MAX_DESCRIPTION + 1));
    form.put("callerName", "Phạm\u0007 Văn Tâm");
    form.put("consent", true);
    form.put("answer", "ờ".repeat(701));
    Api.Answer refused = api.post("/api/hotline/calls/" + callId + "/report", form, operator);
    assertBilingual400(refused, "VALIDATION_FAILED");
    Set<String> fields = new HashSet<>();
    for (JsonNode f : refused.body().path("fields")) {
      fields.add(f.path("field").asText() + " " + f.path("code").asText());
      assertTrue(f.path("messageVi").asText().chars().anyMatch(c -> c > 127), f.toString());
    }
    assertEquals(Set.of("location.address TOO_LONG", "description TOO_LONG",
        "name CONTROL_CHARACTER", "answer TOO_LONG"), fields);

    Api.Answer followUp = api.post("/api/hotline/calls/" + callId + "/follow-up",
        Map.of("trackingCode", TrackingCode.generate(Channel.HOTLINE).display(),
            "message", "Bổ sung\u0000 thông tin"), operator);
    assertBilingual400(followUp, "VALIDATION_FAILED");
    assertEquals("CONTROL_CHARACTER",
        followUp.body().path("fields").get(0).path("code").asText());
    assertEquals(before, sql.count("SELECT COUNT(*) FROM channel_intake_outbox"));
    assertEquals(null, sql.string("SELECT outcome FROM hotline_call WHERE call_id = ?", callId),
        "the call is still open for a corrected form");
  }
}
