package vn.citizenhub.core.callers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * A hotline operator sees the tickets, from every channel, of the caller on their line: a phone
 * given on Zalo links the Zalo reports, earlier calls are there, old closed ones drop off. Any
 * other number is refused (the hotline's call log, here a local stand-in for a hotline running as
 * its own service, says whose line it is), every look-up is audited, and the operator has no
 * inbox, no ticket page and only a personal-data-free view of nearby open tickets.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallerHistoryTest implements TestPropertyProvider {

  private static final String PASSWORD = "Mật-khẩu-đủ-dài-2025";

  @Inject
  @Client("/")
  HttpClient http;
  @Inject
  StaffAccounts accounts;
  @Inject
  PasswordHasher hasher;
  @Inject
  JdbcDatabase database;

  private final FakeHotlineLines hotline = new FakeHotlineLines();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new java.util.HashMap<>(HubTestProperties.realServices("core_callers"));
    p.put("hub.callers.hotline-url", hotline.url());
    return p;
  }

  @org.junit.jupiter.api.AfterAll
  void stopHotline() {
    hotline.close();
  }

  private static IntakeEnvelope report(Channel channel, String identity, String phone,
      Instant at, String answer) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), at, channel, "ref-" + UUID.randomUUID(),
        new CitizenRef(identity, "Lê Thị Hoa", phone, null),
        TrackingCode.generate(channel).value(),
        new NewReport(ItemKind.REPORT, "STREET_LIGHT",
            "Đèn đường trước số 8 Trương Định tắt nhiều đêm, xin kiểm tra giúp.",
            new Location(Envelopes.TAN_AN, null, null, "8 Trương Định"), List.of(),
            new Consent(true, "test-2025", at), answer));
  }

  private String token(StaffRole role, String agency) throws Exception {
    return token(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
        role, agency);
  }

  private String token(String username, StaffRole role, String agency) throws Exception {
    accounts.create(username, "Cán bộ thử", role, agency, hasher.hash(PASSWORD), Instant.now());
    return ContractJson.mapper().readTree(http.toBlocking().retrieve(HttpRequest.POST(
        "/api/staff/token", Map.of("username", username, "password", PASSWORD))))
        .path("accessToken").asText();
  }

  private int status(MutableHttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(t -> codes.add(t.path("code").asText()));
    return codes;
  }

  private static MutableHttpRequest<?> lookUp(String phone, String token) {
    MutableHttpRequest<?> request = HttpRequest.POST("/api/staff/callers/history",
        Map.of("phone", phone));
    return token == null ? request : request.bearerAuth(token);
  }

  private JsonNode history(String phone, String token) throws Exception {
    return ContractJson.mapper().readTree(http.toBlocking().retrieve(lookUp(phone, token)));
  }

  private JsonNode refusal(MutableHttpRequest<?> request, int status) throws Exception {
    try {
      http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      assertEquals(status, e.getStatus().getCode());
      return ContractJson.mapper().readTree(e.getResponse().getBody(String.class).orElse("{}"));
    }
    throw new AssertionError("expected " + status);
  }

  private List<IntakeEnvelope> ticketsOfHoaAndSomeoneElse() {
    Instant now = Instant.now();
    IntakeEnvelope zalo = report(Channel.ZALO, Envelopes.newIdentity(), "0987 111 222", now, null);
    IntakeEnvelope call = report(Channel.HOTLINE, "phone:+84987111222", "+84987111222",
        now.minusSeconds(60), null);
    IntakeEnvelope answered = report(Channel.HOTLINE, "phone:+84987111222", "+84987111222",
        now.minusSeconds(120), "Đèn do Điện lực quản lý, đã hướng dẫn gọi Điện lực.");
    IntakeEnvelope longAgo = report(Channel.HOTLINE, "phone:+84987111222", "+84987111222",
        now.minus(Duration.ofDays(120)), "Đã trả lời từ lâu.");
    IntakeEnvelope someoneElse = report(Channel.WEB, "web:" + UUID.randomUUID(), "0912 000 111",
        now, null);
    List<IntakeEnvelope> all = List.of(zalo, call, answered, longAgo, someoneElse);
    all.forEach(KafkaProbe::send);
    SqlProbe db = new SqlProbe(database.pool());
    await().atMost(Duration.ofSeconds(20)).until(() -> all.stream().allMatch(e -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", e.trackingCode()) == 1));
    return all;
  }

  @Test
  void theOperatorSeesTheHistoryOfTheCallerOnTheirLineFromEveryChannel() throws Exception {
    List<IntakeEnvelope> all = ticketsOfHoaAndSomeoneElse();
    IntakeEnvelope zalo = all.get(0);
    SqlProbe db = new SqlProbe(database.pool());
    String username = "tongdai-" + UUID.randomUUID().toString().substring(0, 8);
    String operator = token(username, StaffRole.HOTLINE_OPERATOR, null);
    hotline.onLine(username, "+84987111222");
    long accessesBefore = db.count("SELECT COUNT(*) FROM personal_data_access");
    JsonNode history = history("0987.111.222", operator);
    assertEquals("+84987111222", history.path("phone").asText());
    assertEquals(2, history.path("citizens").asInt(), "a Zalo citizen and a hotline caller");
    String display = new TrackingCode(zalo.trackingCode()).display();
    assertEquals(List.of(display, new TrackingCode(all.get(1).trackingCode()).display()),
        codes(history.path("open")), "newest first");
    assertEquals(List.of(new TrackingCode(all.get(2).trackingCode()).display()),
        codes(history.path("recent")), "closed 120 days ago: dropped");
    JsonNode first = history.path("open").get(0);
    assertEquals("ZALO", first.path("channel").asText());
    assertEquals("Đã chuyển đến cơ quan có thẩm quyền", first.path("statusLabel").asText());
    assertEquals("Đèn chiếu sáng công cộng hư hỏng", first.path("categoryName").asText());
    assertEquals("UBND-27712", first.path("agencyCode").asText());
    assertFalse(first.path("overdue").asBoolean());
    assertTrue(first.path("summary").asText().startsWith("Đèn đường trước số 8"));
    assertFalse(first.has("citizen") || first.toString().contains("Lê Thị Hoa"),
        "no contact details beyond the number asked for");
    assertEquals(accessesBefore + 3, db.count("SELECT COUNT(*) FROM personal_data_access"),
        "each ticket shown is an audited access");
    assertEquals(1, db.count("SELECT COUNT(*) FROM caller_lookup WHERE phone_hash = ?"
        + " AND allowed = TRUE AND tickets = 3", CallerLookupAudit.hash("+84987111222")),
        "the look-up itself is recorded, by the number's hash");
    assertEquals("Bearer " + operator, hotline.lastAuthorization(),
        "the hotline is asked with the operator's own token");

    JsonNode plus = history("+84987111222", operator);
    assertEquals(codes(history.path("open")), codes(plus.path("open")), "any usual form");
  }

  @Test
  void anotherNumberIsRefusedWithoutItsContactAndTheRefusalIsAudited() throws Exception {
    ticketsOfHoaAndSomeoneElse();
    SqlProbe db = new SqlProbe(database.pool());
    String username = "tongdai-" + UUID.randomUUID().toString().substring(0, 8);
    String operator = token(username, StaffRole.HOTLINE_OPERATOR, null);
    hotline.onLine(username, "+84987111222");
    long accessesBefore = db.count("SELECT COUNT(*) FROM personal_data_access");
    JsonNode refused = refusal(lookUp("0912 000 111", operator), 403);
    assertEquals("CALLER_NOT_ON_LINE", refused.path("error").asText());
    assertTrue(refused.path("message").asText().startsWith("Chỉ xem được lịch sử"),
        "Vietnamese first");
    assertTrue(refused.path("messageEn").asText().startsWith("Only the history"), "English");
    assertFalse(refused.has("open") || refused.has("phone") || refused.has("citizens"),
        "no ticket and no contact in a refusal: " + refused);
    assertEquals(accessesBefore, db.count("SELECT COUNT(*) FROM personal_data_access"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM caller_lookup WHERE phone_hash = ?"
        + " AND allowed = FALSE AND tickets = 0", CallerLookupAudit.hash("+84912000111")));

    // Another operator's caller is not this operator's either.
    String other = "tongdai-" + UUID.randomUUID().toString().substring(0, 8);
    refusal(lookUp("0987 111 222", token(other, StaffRole.HOTLINE_OPERATOR, null)), 403);
  }

  @Test
  void theOperatorHasNoInboxNoTicketPageAndNearbyTicketsWithoutPersonalData() throws Exception {
    List<IntakeEnvelope> all = ticketsOfHoaAndSomeoneElse();
    String operator = token(StaffRole.HOTLINE_OPERATOR, null);
    String coordinator = token(StaffRole.COORDINATOR, null);
    long id = new SqlProbe(database.pool()).count("SELECT id FROM ticket WHERE tracking_code = ?",
        all.get(0).trackingCode());
    assertEquals(403, status(HttpRequest.GET("/api/staff/tickets").bearerAuth(operator)));
    assertEquals(403, status(HttpRequest.GET("/api/staff/tickets/" + id).bearerAuth(operator)));
    assertEquals(403, status(HttpRequest.GET("/api/staff/tickets?q=" + all.get(0).trackingCode())
        .bearerAuth(operator)));
    assertEquals(200, status(HttpRequest.GET("/api/staff/tickets/" + id).bearerAuth(coordinator)));

    String raw = http.toBlocking().retrieve(HttpRequest.GET(
        "/api/staff/callers/nearby?category=STREET_LIGHT&commune=" + Envelopes.TAN_AN)
        .bearerAuth(operator));
    JsonNode items = ContractJson.mapper().readTree(raw).path("items");
    assertTrue(items.size() >= 2 && items.size() <= 5, raw);
    JsonNode item = items.get(0);
    assertEquals("STREET_LIGHT", item.path("categoryCode").asText());
    assertEquals(Envelopes.TAN_AN, item.path("communeCode").asText());
    assertFalse(item.path("statusLabel").asText().isBlank());
    assertTrue(item.path("ageDays").asLong() >= 0);
    assertTrue(TrackingCode.parse(item.path("trackingCode").asText()).isPresent());
    for (String personal : List.of("Lê Thị Hoa", "0987", "+8498", "0912", "Trương Định",
        "Đèn đường trước số 8")) {
      assertFalse(raw.contains(personal), "nearby tickets leak " + personal);
    }
    assertEquals(400, status(HttpRequest.GET("/api/staff/callers/nearby?category=STREET_LIGHT")
        .bearerAuth(operator)));
  }

  @Test
  void onlyCallTakersMayLookAndANumberMustBeOne() throws Exception {
    assertEquals(401, status(lookUp("0987111222", null)));
    assertEquals(403, status(lookUp("0987111222", token(StaffRole.AGENCY_OFFICER, "UBND-27712"))));
    assertEquals(200, status(lookUp("0987111222", token(StaffRole.COORDINATOR, null))),
        "a coordinator sees every ticket anyway");
    JsonNode invalid = refusal(lookUp("12345", token(StaffRole.HOTLINE_OPERATOR, null)), 400);
    assertEquals("INVALID_PHONE", invalid.path("error").asText());
    String coordinator = token(StaffRole.COORDINATOR, null);
    assertTrue(status(HttpRequest.GET("/api/staff/callers/0987111222/tickets")
        .bearerAuth(coordinator)) >= 400, "the number is never taken from the address any more");
  }
}
