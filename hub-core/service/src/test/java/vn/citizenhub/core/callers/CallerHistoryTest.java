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
 * A hotline operator types or is given a number and sees that caller's tickets from every
 * channel: a phone given on Zalo links the Zalo reports, earlier calls are there, someone else's
 * are not, old closed ones drop off, and only call-takers may look.
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

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_callers");
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
    String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
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

  @Test
  void aCallerSeesTheirTicketsFromEveryChannelAndNobodyElses() throws Exception {
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

    String operator = token(StaffRole.HOTLINE_OPERATOR, null);
    long accessesBefore = db.count("SELECT COUNT(*) FROM personal_data_access");
    JsonNode history = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/callers/0987.111.222/tickets").bearerAuth(operator)));
    assertEquals("+84987111222", history.path("phone").asText());
    assertEquals(2, history.path("citizens").asInt(), "a Zalo citizen and a hotline caller");
    String display = new TrackingCode(zalo.trackingCode()).display();
    assertEquals(List.of(display, new TrackingCode(call.trackingCode()).display()),
        codes(history.path("open")), "newest first");
    assertEquals(List.of(new TrackingCode(answered.trackingCode()).display()),
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

    JsonNode plus = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/callers/%2B84987111222/tickets").bearerAuth(operator)));
    assertEquals(codes(history.path("open")), codes(plus.path("open")), "any usual form");
    JsonNode nobody = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/callers/0933444555/tickets").bearerAuth(operator)));
    assertEquals(0, nobody.path("open").size() + nobody.path("recent").size());
  }

  @Test
  void onlyCallTakersMayLookAndANumberMustBeOne() throws Exception {
    assertEquals(401, status(HttpRequest.GET("/api/staff/callers/0987111222/tickets")));
    assertEquals(403, status(HttpRequest.GET("/api/staff/callers/0987111222/tickets")
        .bearerAuth(token(StaffRole.AGENCY_OFFICER, "UBND-27712"))));
    assertEquals(200, status(HttpRequest.GET("/api/staff/callers/0987111222/tickets")
        .bearerAuth(token(StaffRole.COORDINATOR, null))));
    assertEquals(400, status(HttpRequest.GET("/api/staff/callers/12345/tickets")
        .bearerAuth(token(StaffRole.HOTLINE_OPERATOR, null))));
  }
}
