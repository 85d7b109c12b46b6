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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
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
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * The workspace through its HTTP API over real Kafka intake and a real database: the lifecycle
 * from routing to resolution, the clock pausing for the citizen, optimistic locking, transfers
 * with approval, and merged duplicates whose reporters are all told.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceApiTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String TAN_AN_AGENCY = "UBND-27712";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  @Inject
  JdbcDatabase database;

  StaffApi api;
  String officer;
  String officerLead;
  String coordinator;
  long officerId;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_workspace"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void accounts() throws Exception {
    api = new StaffApi(http);
    officerId = StaffApi.createAccount(accounts, hasher, "canbo.tanan", StaffRole.AGENCY_OFFICER,
        TAN_AN_AGENCY, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "lanhdao.tanan", StaffRole.AGENCY_LEAD,
        TAN_AN_AGENCY, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null, PASSWORD);
    officer = api.token("canbo.tanan", PASSWORD);
    officerLead = api.token("lanhdao.tanan", PASSWORD);
    coordinator = api.token("dieuphoi", PASSWORD);
  }

  /** Sends a report through Kafka and waits until the coordinator can find its ticket. */
  long report(IntakeEnvelope envelope) {
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    String path = "/api/staff/tickets?q=" + code + allStatuses();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return api.get(path, coordinator).body().path("items").get(0).path("id").asLong();
  }

  static String allStatuses() {
    StringBuilder s = new StringBuilder();
    for (String status : List.of("RECEIVED", "ROUTED", "TRIAGE", "ASSIGNED", "IN_PROGRESS",
        "WAITING_FOR_CITIZEN", "RESOLVED", "CLOSED", "REOPENED")) {
      s.append("&status=").append(status);
    }
    return s.toString();
  }

  JsonNode page(long id, String token) {
    StaffApi.Answer a = api.get("/api/staff/tickets/" + id, token);
    assertEquals(200, a.status(), a.toString());
    return a.body();
  }

  StaffApi.Answer act(long id, String token, String action, Object... fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("version", page(id, token).path("version").asInt());
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    return api.act(id, token, body);
  }

  static List<String> types(JsonNode page) {
    return page.path("timeline").findValuesAsText("type");
  }

  @Test
  void anOfficerAcknowledgesAsksTheCitizenGetsTheAnswerAndResolves() throws Exception {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long id = report(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();

    JsonNode routed = page(id, officer);
    assertEquals("ROUTED", routed.path("status").asText());
    assertEquals("Nguyễn Văn An", routed.path("citizen").path("name").asText());
    assertTrue(routed.path("actions").findValuesAsText("name").contains("ACKNOWLEDGE"));
    assertTrue(routed.path("cannedAnswers").findValuesAsText("title").contains("Đã thay bóng đèn"));

    assertEquals(200, act(id, officer, "ACKNOWLEDGE").status());
    StaffApi.Answer asked = act(id, officer, "REQUEST_INFO", "text", "Đèn ở cột số mấy?");
    assertEquals(200, asked.status(), asked.toString());
    assertEquals("WAITING_FOR_CITIZEN", asked.body().path("status").asText());
    String dueBefore = asked.body().path("dueDate").asText();

    KafkaProbe.send(Envelopes.followUp(envelope.citizen().identity(), envelope.trackingCode(),
        "Cột số 14"));
    await().atMost(Duration.ofSeconds(20))
        .until(() -> page(id, officer).path("status").asText().equals("IN_PROGRESS"));
    JsonNode resumed = page(id, officer);
    assertTrue(types(resumed).contains("CLOCK_RESUMED"), types(resumed).toString());
    assertTrue(resumed.path("dueDate").asText().compareTo(dueBefore) >= 0);

    StaffApi.Answer resolved = act(id, officer, "RESOLVE", "closureCode", "FIXED",
        "text", "Đã thay bóng đèn cột số 14.");
    assertEquals(200, resolved.status(), resolved.toString());
    assertEquals("RESOLVED", resolved.body().path("status").asText());
    assertTrue(resolved.body().path("onTime").asBoolean());

    JsonNode tracked = ContractJson.mapper().readTree(
        http.toBlocking().retrieve("/api/public/tickets/" + code));
    List<String> publicSteps = tracked.path("timeline").findValuesAsText("type");
    assertEquals(List.of("RECEIVED", "ROUTED", "ACKNOWLEDGED", "INFO_REQUESTED",
        "CITIZEN_FOLLOW_UP", "CLOCK_RESUMED", "RESOLVED"), publicSteps);
    assertEquals("Đã giải quyết", tracked.path("statusLabel").asText());
    assertFalse(tracked.toString().contains("Cột số 14\""), "the citizen's own words stay internal");

    var notices = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .filter(r -> r.key().equals(envelope.citizen().identity())).count() >= 5,
        Duration.ofSeconds(20));
    List<String> texts = notices.stream().filter(r -> r.key().equals(envelope.citizen().identity()))
        .map(KafkaProbe::text).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("đề nghị bổ sung thông tin")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.contains("Đã giải quyết (Đã khắc phục)")
        && t.contains(code)), texts.toString());
  }

  @Test
  void theCitizensNotFixedVerdictReopensAResolvedTicketWithAFreshDueDate() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long id = report(envelope);
    assertEquals(200, act(id, officer, "RESOLVE", "closureCode", "FIXED", "text", "Đã sửa.")
        .status());
    KafkaProbe.send(Envelopes.notFixed(envelope.citizen().identity(), envelope.trackingCode(),
        "Đèn lại tắt từ tối qua."));
    await().atMost(Duration.ofSeconds(20))
        .until(() -> page(id, officer).path("status").asText().equals("REOPENED"));
    JsonNode reopened = page(id, officer);
    assertTrue(types(reopened).containsAll(List.of("CITIZEN_NOT_FIXED", "REOPENED")));
    assertTrue(reopened.path("onTime").isNull() || reopened.path("onTime").isMissingNode(),
        "the earlier outcome no longer counts");
    assertTrue(reopened.path("actions").findValuesAsText("name").contains("ACKNOWLEDGE"));
  }

  @Test
  void aCitizensLongMessageIsKeptWholeAndAnOverlongReplyIsRefused() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long id = report(envelope);
    String longMessage = "Đèn vẫn tắt. ".repeat(300).strip();
    assertTrue(longMessage.length() > 3800 && longMessage.length() <= 4000);
    KafkaProbe.send(Envelopes.followUp(envelope.citizen().identity(), envelope.trackingCode(),
        longMessage));
    await().atMost(Duration.ofSeconds(20)).until(() -> page(id, officer).path("timeline")
        .findValuesAsText("textVi").contains(longMessage));

    StaffApi.Answer tooLong = act(id, officer, "REPLY", "text", "x".repeat(4001));
    assertEquals(400, tooLong.status());
    assertEquals("TEXT_TOO_LONG", tooLong.body().path("error").asText());
  }

  @Test
  void twoOfficersActingOnTheSameVersionOneWinsTheOtherGetsA409() {
    long id = report(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    int version = page(id, officer).path("version").asInt();
    StaffApi.Answer first = api.act(id, officer, Map.of("action", "NOTE", "version", version,
        "text", "Đã gọi điện cho điện lực"));
    StaffApi.Answer second = api.act(id, officerLead, Map.of("action", "ACKNOWLEDGE",
        "version", version));
    assertEquals(200, first.status());
    assertEquals(409, second.status());
    assertEquals("TICKET_CHANGED", second.body().path("error").asText());
    assertTrue(second.body().path("message").asText().contains("người khác cập nhật"));
    assertFalse(types(page(id, officer)).contains("ACKNOWLEDGED"));

    StaffApi.Answer illegal = act(id, officer, "CLOSE");
    assertEquals(403, illegal.status(), "officers do not close");
    assertEquals(200, act(id, officer, "RESOLVE", "closureCode", "ANSWERED", "text", "Đã trả lời.")
        .status());
    StaffApi.Answer again = act(id, officer, "ACKNOWLEDGE");
    assertEquals(409, again.status());
    assertEquals("ILLEGAL_TRANSITION", again.body().path("error").asText());
  }

  @Test
  void aTransferWaitsForTheCoordinatorThenTheTicketLeavesTheAgency() {
    long id = report(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    StaffApi.Answer requested = act(id, officer, "TRANSFER", "agencyCode", "SXD",
        "text", "Đèn trên quốc lộ do Sở Xây dựng quản lý");
    assertEquals(200, requested.status(), requested.toString());
    assertEquals("SXD", requested.body().path("transferTo").path("code").asText());
    JsonNode pending = api.get("/api/staff/transfers", coordinator).body();
    assertTrue(pending.path("items").findValuesAsText("id").contains(Long.toString(id)));
    assertEquals(403, api.get("/api/staff/transfers", officer).status());

    assertEquals(200, act(id, coordinator, "APPROVE_TRANSFER").status());
    JsonNode moved = page(id, coordinator);
    assertEquals("SXD", moved.path("agency").path("code").asText());
    assertEquals("ROUTED", moved.path("status").asText());
    assertEquals(404, api.get("/api/staff/tickets/" + id, officer).status(),
        "the old agency no longer sees it");
  }

  @Test
  void triageRoutesAnUnroutableReport() {
    long id = report(Envelopes.report(Envelopes.newIdentity(), "OTHER", Envelopes.TAN_AN));
    JsonNode queue = api.get("/api/staff/triage", coordinator).body();
    assertTrue(queue.path("items").findValuesAsText("id").contains(Long.toString(id)));
    assertEquals(404, api.get("/api/staff/tickets/" + id, officer).status());
    assertEquals(200, act(id, coordinator, "ROUTE", "agencyCode", TAN_AN_AGENCY).status());
    assertEquals("ROUTED", page(id, officer).path("status").asText());
  }

  @Test
  void mergedDuplicatesAreResolvedWithTheIncidentAndEveryReporterIsTold() {
    IntakeEnvelope first = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    IntakeEnvelope second = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long primary = report(first);
    long duplicate = report(second);
    StaffApi.Answer merged = act(duplicate, officer, "MERGE", "intoTicketId", primary);
    assertEquals(200, merged.status(), merged.toString());
    assertEquals("DUPLICATE", merged.body().path("closureCode").asText());
    assertEquals(1, page(primary, officer).path("duplicates").size());

    assertEquals(200, act(primary, officer, "RESOLVE", "closureCode", "FIXED",
        "text", "Đã sửa đèn.").status());
    String secondCode = new TrackingCode(second.trackingCode()).display();
    var notices = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .anyMatch(r -> r.key().equals(second.citizen().identity())
            && KafkaProbe.text(r).contains("Đã sửa đèn")), Duration.ofSeconds(20));
    assertTrue(notices.stream().anyMatch(r -> r.key().equals(second.citizen().identity())
        && KafkaProbe.text(r).contains("Đã sửa đèn") && KafkaProbe.text(r).contains(secondCode)),
        "the duplicate's reporter is told the outcome with their own code");
    assertTrue(notices.stream().anyMatch(r -> r.key().equals(first.citizen().identity())
        && KafkaProbe.text(r).contains("Đã sửa đèn")));
  }

  @Test
  void aCallerAttachedToTheTicketAtTheHotlineIsToldTheOutcomeBySms() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long id = report(envelope);
    String caller = "phone:+84987654321";
    KafkaProbe.send(IntakeEnvelope.v1(java.util.UUID.randomUUID().toString(),
        java.time.Instant.now(), vn.citizenhub.contract.Channel.HOTLINE, "call-77",
        new vn.citizenhub.contract.intake.CitizenRef(caller, null, "+84987654321", null),
        envelope.trackingCode(),
        new vn.citizenhub.contract.intake.FollowUp("Tôi cũng thấy đèn này tắt.", List.of())));
    await().atMost(Duration.ofSeconds(20))
        .until(() -> types(page(id, officer)).contains("CITIZEN_FOLLOW_UP"));
    assertEquals(200, act(id, officer, "RESOLVE", "closureCode", "FIXED",
        "text", "Đã thay bóng đèn.").status());
    var notices = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .anyMatch(r -> r.key().equals(caller) && KafkaProbe.text(r).contains("Đã thay bóng")),
        Duration.ofSeconds(20));
    String sms = notices.stream().filter(r -> r.key().equals(caller)).map(KafkaProbe::text)
        .filter(t -> t.contains("Đã thay bóng")).findFirst().orElseThrow();
    assertTrue(sms.contains("\"channel\":\"HOTLINE\""), sms);
  }

  @Test
  void searchIgnoresDiacriticsAndFiltersCombine() {
    long id = report(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    JsonNode found = api.get("/api/staff/tickets?q=den%20duong%20truoc&category=STREET_LIGHT",
        officer).body();
    assertTrue(found.path("items").findValuesAsText("id").contains(Long.toString(id)));
    JsonNode other = api.get("/api/staff/tickets?q=den%20duong&category=ROAD_DAMAGE", officer)
        .body();
    assertFalse(other.path("items").findValuesAsText("id").contains(Long.toString(id)));
    JsonNode mine = api.get("/api/staff/tickets?assignee=none&channel=ZALO", officer).body();
    assertTrue(mine.path("items").findValuesAsText("id").contains(Long.toString(id)));
  }

  @Test
  void aChannelsDeliveryReportLandsOnTheTicketsInternalTimeline() {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT",
        Envelopes.TAN_AN);
    long id = report(envelope);
    KafkaProbe.send(IntakeEnvelope.v1(java.util.UUID.randomUUID().toString(),
        java.time.Instant.now(), vn.citizenhub.contract.Channel.ZALO, "notify-1",
        new vn.citizenhub.contract.intake.CitizenRef(envelope.citizen().identity(), null, null,
            null), envelope.trackingCode(),
        new vn.citizenhub.contract.intake.DeliveryReport("n-1",
            vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus.FAILED,
            "Người dùng chặn OA (mã lỗi -213).", "The user blocked the OA (error -213).")));
    await().atMost(Duration.ofSeconds(20)).until(() -> types(page(id, officer))
        .contains("NOTICE_FAILED"));
    JsonNode line = null;
    for (JsonNode l : page(id, officer).path("timeline")) {
      if (l.path("type").asText().equals("NOTICE_FAILED")) {
        line = l;
      }
    }
    assertEquals("INTERNAL", line.path("visibility").asText());
    assertTrue(line.path("textVi").asText().contains("Không gửi được thông báo qua Zalo OA"),
        line.toString());
    assertTrue(line.path("textVi").asText().contains("-213"));
  }

  @Test
  void theLeagueTableCountsEachAnswerOnceThroughResolvingReopeningAndMerging() throws Exception {
    JsonNode before = leagueRow(TAN_AN_AGENCY);
    long first = report(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    long second = report(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    assertLeague(before, 0, 0, 2);

    assertOk(act(first, officer, "RESOLVE", "closureCode", "FIXED", "text", "Đã sửa."));
    assertLeague(before, 1, 1, 1);

    assertOk(act(first, officerLead, "REOPEN", "text", "Chưa sửa xong."));
    assertLeague(before, 0, 0, 2);

    assertOk(act(second, officer, "MERGE", "intoTicketId", first));
    assertLeague(before, 0, 0, 1);

    assertOk(act(first, officer, "RESOLVE", "closureCode", "FIXED", "text", "Đã sửa."));
    assertLeague(before, 1, 1, 0);

    // The inbox finds the answered ticket among the resolved ones only (inbox_stage, V10).
    String code = page(first, officer).path("trackingCode").asText();
    assertEquals(1, api.get("/api/staff/tickets?status=RESOLVED&q=" + code, officer).body()
        .path("total").asInt());
    assertEquals(0, api.get("/api/staff/tickets?q=" + code, officer).body().path("total").asInt());
    assertEquals(0, api.get("/api/staff/tickets?status=CLOSED&q=" + code, officer).body()
        .path("total").asInt());

    JsonNode league = api.get("/api/staff/league", coordinator).body();
    assertEquals(1, league.get(0).path("rank").asInt());
    for (int i = 1; i < league.size(); i++) {
      assertFalse(rate(league.get(i)) > rate(league.get(i - 1)), league.toString());
    }
    // The tally kept change by change agrees with every ticket counted again from scratch.
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT agency_code,"
            + " SUM(CASE WHEN on_time IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END) FROM ticket"
            + " WHERE agency_code IS NOT NULL GROUP BY agency_code");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        JsonNode row = leagueRow(rs.getString(1));
        assertEquals(rs.getLong(2), row.path("resolved").asLong(), row.toString());
        assertEquals(rs.getLong(3), row.path("onTime").asLong(), row.toString());
      }
    }
  }

  static void assertOk(StaffApi.Answer answer) {
    assertEquals(200, answer.status(), answer.toString());
  }

  JsonNode leagueRow(String agencyCode) {
    for (JsonNode row : api.get("/api/staff/league", coordinator).body()) {
      if (row.path("agencyCode").asText().equals(agencyCode)) {
        return row;
      }
    }
    return ContractJson.mapper().createObjectNode().put("agencyCode", agencyCode);
  }

  /** Tân An's line moved by exactly these many answers, answers on time and open tickets. */
  void assertLeague(JsonNode before, long answered, long onTime, long open) {
    JsonNode now = leagueRow(TAN_AN_AGENCY);
    assertEquals(before.path("resolved").asLong() + answered, now.path("resolved").asLong(),
        now.toString());
    assertEquals(before.path("onTime").asLong() + onTime, now.path("onTime").asLong(),
        now.toString());
    assertEquals(before.path("open").asLong() + open, now.path("open").asLong(), now.toString());
  }

  static double rate(JsonNode row) {
    return row.path("onTimeRate").isNumber() ? row.path("onTimeRate").asDouble() : -1;
  }
}
