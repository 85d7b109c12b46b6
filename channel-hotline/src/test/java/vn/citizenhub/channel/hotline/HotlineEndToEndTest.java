package vn.citizenhub.channel.hotline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.events.EventSignature;
import vn.citizenhub.channel.hotline.sms.FakeSmsGateway;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.PersonalDataLogScan;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The hotline beside hub-core in one JVM, as the all-in-one launcher runs it, over the real
 * Kafka broker and a real database: phone-system events, calls through the operator's API to
 * tickets in hub-core, and back to the caller as SMS through the fake gateway.
 */
@ScanLogsForPersonalData({"0912345678", "Phạm Văn Tâm", "Trước số 12 Hùng Vương"})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineEndToEndTest implements TestPropertyProvider {

  static final Duration WITHIN = Duration.ofSeconds(20);
  static final String TAN_AN = "27712";

  private final FakeSmsGateway sms = new FakeSmsGateway();

  @Inject
  @Client("/")
  HttpClient http;
  @Inject
  JdbcDatabase database;
  @Inject
  StaffAccounts accounts;
  @Inject
  PasswordHasher hasher;
  @Inject
  @Client("/")
  SseClient sse;

  private Api api;
  private String operator;
  private String operatorToken;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_e2e"));
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.hotline.sms.url", sms.url());
    p.put("hub.hotline.sms.api-key", FakeSmsGateway.KEY);
    p.put("hub.search.refresh-interval", "1s");
    return p;
  }

  @BeforeAll
  void signIn() throws Exception {
    api = new Api(http);
    operator = new Staff(accounts, hasher).account("Nguyễn Thị Lan", StaffRole.HOTLINE_OPERATOR,
        null);
    operatorToken = api.token(operator, Staff.PASSWORD);
  }

  @AfterAll
  void stopGateway() {
    sms.close();
  }

  private SqlProbe sql() {
    return new SqlProbe(database.pool());
  }

  private String token(String name, StaffRole role, String agency) throws Exception {
    return api.token(new Staff(accounts, hasher).account(name, role, agency), Staff.PASSWORD);
  }

  private static String newPhone() {
    String phone = "09" + (10000000 + (int) (Math.random() * 89999999));
    PersonalDataLogScan.remember(phone);
    return phone;
  }

  private static String e164(String national) {
    return "+84" + national.substring(1);
  }

  private static Map<String, Object> report(String description, String answer) {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", answer == null ? "REPORT" : "QUESTION");
    form.put("categoryCode", "STREET_LIGHT");
    form.put("communeCode", TAN_AN);
    form.put("address", "Trước số 12 Hùng Vương");
    form.put("description", description);
    form.put("callerName", "Phạm Văn Tâm");
    form.put("consent", true);
    if (answer != null) {
      form.put("answer", answer);
    }
    return form;
  }

  private String typedCall(String phone) {
    Api.Answer started = api.post("/api/hotline/calls", Map.of("caller", phone), operatorToken);
    assertEquals(201, started.status(), started.toString());
    return started.text("callId");
  }

  private void awaitTicket(String code, String status) {
    await().atMost(WITHIN).ignoreExceptions().until(() -> status.equals(
        api.get("/api/public/tickets/" + code, null).text("status")));
  }

  @Test
  void aBadOrUnsignedPhoneSystemEventIsRefusedAndChangesNothing() {
    PhoneSystem phone = new PhoneSystem(http);
    String callId = "pbx-" + UUID.randomUUID();
    long events = sql().count("SELECT COUNT(*) FROM hotline_call_event");
    long calls = sql().count("SELECT COUNT(*) FROM hotline_call");
    String body = PhoneSystem.event("ringing", callId, "0912345678", "101", Instant.now());
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);

    assertEquals(401, phone.post(body, null), "unsigned");
    assertEquals(401, phone.post(body, EventSignature.sign("x".repeat(40), raw)), "wrong key");
    assertEquals(401, phone.post(body.replace("101", "102"),
        EventSignature.sign(PhoneSystem.SECRET, raw)), "tampered");
    String old = PhoneSystem.event("ringing", callId, "0912345678", "101",
        Instant.now().minus(Duration.ofMinutes(6)));
    assertEquals(401, phone.post(old,
        EventSignature.sign(PhoneSystem.SECRET, old.getBytes(StandardCharsets.UTF_8))), "stale");
    String notJson = "{\"event\":\"ringing\"";
    assertEquals(400, phone.post(notJson,
        EventSignature.sign(PhoneSystem.SECRET, notJson.getBytes(StandardCharsets.UTF_8))));
    assertEquals(events, sql().count("SELECT COUNT(*) FROM hotline_call_event"));
    assertEquals(calls, sql().count("SELECT COUNT(*) FROM hotline_call"));

    assertEquals(202, phone.post(body, EventSignature.sign(PhoneSystem.SECRET, raw)));
    assertEquals(202, phone.post(body, EventSignature.sign(PhoneSystem.SECRET, raw)),
        "a replay inside the window is answered");
    assertEquals(1, sql().count("SELECT COUNT(*) FROM hotline_call_event WHERE call_id = ?",
        callId), "and kept once");
    assertEquals("+84912345678",
        sql().string("SELECT caller_phone FROM hotline_call WHERE call_id = ?", callId));
  }

  @Test
  void aCallBecomesATicketAndItsResolutionReachesTheCallerBySms() throws Exception {
    PhoneSystem phone = new PhoneSystem(http);
    String number = newPhone();
    String callId = "pbx-" + UUID.randomUUID();
    assertEquals(200, api.put("/api/hotline/desk", Map.of("extension", "201"), operatorToken)
        .status());
    assertEquals(202, phone.send("ringing", callId, number, "201"));
    assertEquals(202, phone.send("answered", callId, number, "201"));
    Api.Answer call = api.get("/api/hotline/calls/" + callId, operatorToken);
    assertEquals(operator, call.text("operator"), "the desk's operator owns the call");
    assertEquals(e164(number), call.text("caller"));

    Api.Answer made = api.post("/api/hotline/calls/" + callId + "/report",
        report("Đèn đường trước số 12 Hùng Vương tắt ba đêm liền, đoạn đường rất tối.", null),
        operatorToken);
    assertEquals(200, made.status(), made.toString());
    String code = made.text("trackingCode");
    assertTrue(TrackingCode.parse(code).isPresent(), code);
    assertTrue(code.startsWith("H"), "a hotline code");
    assertEquals("DELIVERED", made.text("delivery"));
    assertTrue(made.text("message").contains(code));
    assertEquals("NEW_TICKET", made.body().path("call").path("outcome").asText());
    Api.Answer again = api.post("/api/hotline/calls/" + callId + "/report",
        report("Đèn đường trước số 12 Hùng Vương tắt ba đêm liền, đoạn đường rất tối.", null),
        operatorToken);
    assertEquals(code, again.text("trackingCode"), "the same form twice is one ticket");

    awaitTicket(code, "ROUTED");
    await().atMost(WITHIN).until(() -> sms.accepted().stream()
        .anyMatch(m -> m.to().equals(e164(number).substring(1)) && m.text().contains(code)));
    assertEquals(202, phone.send("ended", callId, null, null));
    await().atMost(WITHIN).until(() -> sql().string(
        "SELECT handling_seconds FROM hotline_call WHERE call_id = ?", callId) != null);

    // The agency resolves it in hub-core's workspace; the caller is told by SMS.
    String officer = token("Lê Văn Cường", StaffRole.AGENCY_OFFICER, "UBND-27712");
    long id = api.get("/api/staff/tickets?q=" + code, officer).body().path("items").get(0)
        .path("id").asLong();
    int version = api.get("/api/staff/tickets/" + id, officer).body().path("version").asInt();
    Api.Answer resolved = api.post("/api/staff/tickets/" + id + "/actions",
        Map.of("action", "RESOLVE", "version", version, "closureCode", "FIXED",
            "text", "Đã thay bóng đèn, đèn sáng lại từ tối nay."), officer);
    assertEquals(200, resolved.status(), resolved.toString());
    await().atMost(WITHIN).until(() -> sms.accepted().stream()
        .anyMatch(m -> m.text().contains(code) && m.text().contains("Da thay bong den")));
    FakeSmsGateway.Received notice = sms.accepted().stream()
        .filter(m -> m.text().contains("Da thay bong den")).findFirst().orElseThrow();
    assertEquals("GSM7", notice.encoding());
    notice.parts().forEach(p -> assertTrue(p.length() <= 160, p));
    assertTrue(notice.parts().get(0).contains("Phan anh ma " + code), notice.text());

    // Both deliveries are on the ticket's timeline (internal lines, no number in them).
    await().atMost(WITHIN).until(() -> sql().count("SELECT COUNT(*) FROM timeline_entry e"
        + " JOIN ticket t ON t.id = e.ticket_id WHERE t.tracking_code = ?"
        + " AND e.text_vi LIKE '%Đã gửi tin nhắn SMS%'", code.replace("-", "")) >= 2);
    assertEquals(0, sql().count("SELECT COUNT(*) FROM timeline_entry e JOIN ticket t"
        + " ON t.id = e.ticket_id WHERE t.tracking_code = ? AND e.text_vi LIKE ?",
        code.replace("-", ""), "%" + number.substring(1) + "%"));
  }

  @Test
  void aRingingCallPopsUpOnTheScreenOfTheOperatorAtThatExtension() throws Exception {
    String colleague = token("Đỗ Thị Hạnh", StaffRole.HOTLINE_OPERATOR, null);
    assertEquals(200, api.put("/api/hotline/desk", Map.of("extension", "305"), colleague)
        .status());
    List<Event<JsonNode>> seen = new CopyOnWriteArrayList<>();
    Disposable screen = Flux.from(sse.eventStream(
        HttpRequest.GET("/api/hotline/screen").bearerAuth(colleague), JsonNode.class))
        .subscribe(seen::add);
    try {
      await().atMost(WITHIN).until(() -> seen.stream().anyMatch(e -> "ready".equals(e.getName())));
      String callId = "pbx-" + UUID.randomUUID();
      assertEquals(202, new PhoneSystem(http).send("ringing", callId, "0987 654 321", "305"));
      assertEquals(202, new PhoneSystem(http).send("ringing", "pbx-" + UUID.randomUUID(),
          "0912 000 999", "999"), "another desk's call");
      Event<JsonNode> pop = await().atMost(WITHIN).until(() -> seen.stream()
          .filter(e -> "call".equals(e.getName())).findFirst().orElse(null), e -> e != null);
      assertEquals(callId, pop.getData().path("callId").asText());
      assertEquals("RINGING", pop.getData().path("type").asText());
      assertEquals("0987 654 321", pop.getData().path("callerDisplay").asText());
      assertEquals(202, new PhoneSystem(http).send("ended", callId, null, null));
      await().atMost(WITHIN).until(() -> seen.stream().anyMatch(e -> "call".equals(e.getName())
          && "ENDED".equals(e.getData().path("type").asText())));
      assertEquals(2, seen.stream().filter(e -> "call".equals(e.getName())).count(),
          "each event once, and nothing of the other desk's call");
      assertEquals("MISSED", api.get("/api/hotline/calls/" + callId, colleague).text("outcome"));
    } finally {
      screen.dispose();
    }
  }

  @Test
  void aCallerWhosePhoneWasGivenOnZaloSeesThoseReports() throws Exception {
    String number = newPhone();
    IntakeEnvelope zalo = IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.ZALO, "msg-" + UUID.randomUUID(),
        new CitizenRef("zalo:" + UUID.randomUUID().toString().replace("-", ""), "Võ Thị Mai",
            number, null),
        TrackingCode.generate(Channel.ZALO).value(),
        new NewReport(ItemKind.REPORT, "WASTE_SANITATION",
            "Rác tồn đọng ở đầu hẻm 7 Lý Thường Kiệt ba ngày chưa thu gom.",
            new Location(TAN_AN, null, null, "Hẻm 7 Lý Thường Kiệt"), List.of(),
            new Consent(true, "zalo-2025-07", Instant.now())));
    KafkaProbe.send(zalo);
    String zaloCode = new TrackingCode(zalo.trackingCode()).display();
    awaitTicket(zaloCode, "ROUTED");

    Api.Answer before = api.post("/api/staff/callers/history", Map.of("phone", number),
        operatorToken);
    assertEquals(403, before.status(), "not on the operator's line yet: " + before);
    String callId = typedCall(number);
    Api.Answer history = api.post("/api/staff/callers/history", Map.of("phone", number),
        operatorToken);
    assertEquals(200, history.status(), history.toString());
    JsonNode first = history.body().path("open").get(0);
    assertEquals(zaloCode, first.path("code").asText());
    assertEquals("ZALO", first.path("channel").asText());
    assertEquals(1, sql().count("SELECT COUNT(*) FROM caller_lookup WHERE allowed = FALSE"
        + " AND phone_hash = ?", sha256(e164(number))), "the refused look-up is audited too");

    // Attach to that ticket instead of a new one.
    Api.Answer attached = api.post("/api/hotline/calls/" + callId + "/follow-up",
        Map.of("trackingCode", zaloCode, "message", "Người gọi cho biết rác đã bốc mùi."),
        operatorToken);
    assertEquals(200, attached.status(), attached.toString());
    assertEquals("FOLLOW_UP", attached.body().path("call").path("outcome").asText());
    await().atMost(WITHIN).until(() -> sql().count("SELECT COUNT(*) FROM timeline_entry e"
        + " JOIN ticket t ON t.id = e.ticket_id WHERE t.tracking_code = ?"
        + " AND e.type = 'CITIZEN_FOLLOW_UP'", zalo.trackingCode()) == 1);
    Api.Answer notNow = api.post("/api/hotline/calls/" + callId + "/close",
        Map.of("outcome", "NUISANCE"), operatorToken);
    assertEquals(409, notNow.status(), "one outcome per call");
    assertTrue(notNow.text("message").contains(zaloCode), notNow.toString());
  }

  @Test
  void theOperatorReadsTheCallerOnTheLineButNoOtherCallerAndHasNoInbox() throws Exception {
    String other = newPhone();
    KafkaProbe.send(IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.ZALO, "msg-" + UUID.randomUUID(),
        new CitizenRef("zalo:" + UUID.randomUUID().toString().replace("-", ""), "Đặng Văn Khoa",
            other, null), TrackingCode.generate(Channel.ZALO).value(),
        new NewReport(ItemKind.REPORT, "WASTE_SANITATION",
            "Rác tồn đọng trước cổng chợ Tân An hai ngày chưa thu gom.",
            new Location(TAN_AN, null, null, "Cổng chợ Tân An"), List.of(),
            new Consent(true, "zalo-2025-07", Instant.now()))));
    String colleague = token("Hồ Thị Ngọc", StaffRole.HOTLINE_OPERATOR, null);
    assertEquals(200, api.put("/api/hotline/desk", Map.of("extension", "412"), colleague)
        .status());
    String caller = newPhone();
    assertEquals(202, new PhoneSystem(http).send("ringing", "pbx-" + UUID.randomUUID(), caller,
        "412"));
    Api.Answer onLine = api.post("/api/staff/callers/history", Map.of("phone", caller),
        colleague);
    assertEquals(200, onLine.status(), "the caller ringing at the operator's desk: " + onLine);
    assertEquals(e164(caller), onLine.text("phone"));

    Api.Answer refused = api.post("/api/staff/callers/history", Map.of("phone", other),
        colleague);
    assertEquals(403, refused.status());
    assertEquals("CALLER_NOT_ON_LINE", refused.text("error"));
    assertTrue(refused.text("message").startsWith("Chỉ xem được"), refused.toString());
    assertTrue(refused.text("messageEn").startsWith("Only the history"), refused.toString());
    for (String contact : List.of("Đặng Văn Khoa", other, e164(other), "Cổng chợ")) {
      assertFalse(refused.body().toString().contains(contact), "refusal leaks " + contact);
    }
    assertEquals(403, api.post("/api/staff/callers/history", Map.of("phone", caller),
        operatorToken).status(), "another operator's caller");
    assertEquals(403, api.get("/api/staff/tickets", colleague).status(), "no inbox");
    assertEquals(403, api.get("/api/staff/tickets/1", colleague).status(), "no ticket page");
  }

  @Test
  void theScreenStreamEndsWhenItsOperatorSignsOut() throws Exception {
    String username = new Staff(accounts, hasher).account("Lý Thị Thu", StaffRole.HOTLINE_OPERATOR,
        null);
    String token = api.token(username, Staff.PASSWORD);
    List<Event<JsonNode>> seen = new CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
    Disposable screen = Flux.from(sse.eventStream(
        HttpRequest.GET("/api/hotline/screen").bearerAuth(token), JsonNode.class))
        .doOnComplete(() -> ended.set(true)).subscribe(seen::add);
    try {
      await().atMost(WITHIN).until(() -> seen.stream().anyMatch(e -> "ready".equals(e.getName())));
      assertFalse(ended.get());
      assertEquals(204, api.call(HttpRequest.DELETE("/api/staff/session"), token).status());
      await().atMost(WITHIN).untilTrue(ended);
      assertEquals("SESSION_ENDED", seen.get(seen.size() - 1).getData().path("reason").asText());
      assertEquals("end", seen.get(seen.size() - 1).getName());
      int again = api.get("/api/hotline/desk", token).status();
      assertTrue(again == 401 || again == 403, "and the screen cannot reconnect: " + again);
    } finally {
      screen.dispose();
    }
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void anAnswerOnTheSpotIsAResolvedTicketAndTheFiguresCountIt() throws Exception {
    String number = newPhone();
    String callId = typedCall(number);
    String answer = "Đèn trên tuyến này do Điện lực quản lý; tổng đài đã chuyển thông tin,"
        + " ông/bà có thể gọi số Điện lực in trên hóa đơn.";
    Api.Answer made = api.post("/api/hotline/calls/" + callId + "/report",
        report("Hỏi ai quản lý đèn trên đường tỉnh 827 đoạn qua phường Tân An.", answer),
        operatorToken);
    assertEquals(200, made.status(), made.toString());
    assertEquals("ANSWERED_ON_THE_SPOT", made.body().path("call").path("outcome").asText());
    String code = made.text("trackingCode");
    awaitTicket(code, "RESOLVED");
    JsonNode ticket = api.get("/api/public/tickets/" + code, null).body();
    assertTrue(ticket.toString().contains("Điện lực quản lý"), "the answer is public");
    await().atMost(WITHIN).until(() -> sms.accepted().stream()
        .anyMatch(m -> m.text().contains(code) && m.text().contains("tra loi")));

    String wrong = typedCall(newPhone());
    assertEquals(200, api.post("/api/hotline/calls/" + wrong + "/close",
        Map.of("outcome", "WRONG_NUMBER"), operatorToken).status());

    Api.Answer figures = api.get("/api/hotline/supervisor/figures",
        token("Võ Minh Điều Phối", StaffRole.COORDINATOR, null));
    assertEquals(200, figures.status(), figures.toString());
    JsonNode mine = null;
    for (JsonNode line : figures.body().path("operators")) {
      if (line.path("operator").asText().equals(operator)) {
        mine = line;
      }
    }
    assertNotNull(mine, figures.toString());
    assertEquals("Nguyễn Thị Lan", mine.path("operatorName").asText());
    assertTrue(mine.path("answeredOnTheSpot").asLong() >= 1);
    assertTrue(mine.path("wrongOrNuisance").asLong() >= 1);
    assertTrue(mine.path("answeredOnTheSpotShare").asDouble() > 0);
    assertTrue(mine.has("averageHandlingSeconds") && mine.has("callsPerHour"));
    assertEquals(403, api.get("/api/hotline/supervisor/figures", operatorToken).status(),
        "figures are the supervisor's");
  }

  @Test
  void aFormWithProblemsIsRefusedInBothLanguagesAndChangesNothing() {
    String callId = typedCall(newPhone());
    Map<String, Object> form = report("ngắn", null);
    form.put("consent", false);
    form.put("categoryCode", "NO_SUCH_THING");
    Api.Answer refused = api.post("/api/hotline/calls/" + callId + "/report", form,
        operatorToken);
    assertEquals(400, refused.status());
    assertEquals("VALIDATION_FAILED", refused.text("error"));
    List<String> fields = new java.util.ArrayList<>();
    refused.body().path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertTrue(fields.containsAll(List.of("description", "consent.given", "categoryCode")),
        fields.toString());
    assertTrue(refused.body().path("fields").get(0).has("messageEn"));
    assertFalse(api.get("/api/hotline/calls/" + callId, operatorToken).body().has("outcome"),
        "still open");
    assertEquals(400, api.post("/api/hotline/calls", Map.of("caller", "12345"), operatorToken)
        .status());
    assertEquals(400, api.call(io.micronaut.http.HttpRequest.POST("/api/hotline/calls", "{")
        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE), operatorToken)
        .status());
  }

  @Test
  void onlyCallTakersReachTheOperatorsApiButThePhoneSystemNeedsNoSignIn() throws Exception {
    assertEquals(401, api.post("/api/hotline/calls", Map.of("caller", "0912345678"), null)
        .status());
    String officer = token("Cán bộ phường", StaffRole.AGENCY_OFFICER, "UBND-27712");
    assertEquals(403, api.post("/api/hotline/calls", Map.of("caller", "0912345678"), officer)
        .status());
    assertEquals(401, api.get("/api/hotline/knowledge?q=den", null).status());
    assertEquals(202, new PhoneSystem(http).send("ringing", "pbx-" + UUID.randomUUID(),
        "0912345678", "555"), "signed, not signed in");
    String someoneElses = typedCall(newPhone());
    String colleague = token("Trần Văn Minh", StaffRole.HOTLINE_OPERATOR, null);
    assertEquals(404, api.get("/api/hotline/calls/" + someoneElses, colleague).status(),
        "another operator's call");
  }

  @Test
  void theConsoleIsServedWithAStrictPolicyAndNothingElseFromTheClassPath() {
    var page = http.toBlocking().exchange(HttpRequest.GET("/hotline"), String.class);
    assertEquals(200, page.code());
    assertTrue(page.getContentType().orElseThrow().toString().startsWith("text/html"));
    assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    assertTrue(page.body().contains("Tổng đài 1022"));
    assertEquals(200, api.get("/hotline/app.js", null).status(), "open without sign-in");
    // Beside hub-core, hub-core alone serves the code the screen shares with its console.
    assertEquals(200, api.get("/web-shared/signin.js", null).status(), "open without sign-in");
    for (String path : List.of("/hotline/logback.xml", "/hotline/application.yml",
        "/hotline/..%2Fapplication.yml", "/hotline/nothing.js", "/web-shared/logback.xml")) {
      assertEquals(404, api.get(path, null).status(), path);
    }
  }

  @Test
  void theKnowledgeLookupFindsTheProvincesArticlesWithoutDiacritics() {
    KnowledgeRows.publish(sql(), () -> api.get("/api/hotline/knowledge?q=den%20duong%20tat",
        operatorToken).body().toString().contains("/articles/9001"));
    Api.Answer found = api.get("/api/hotline/knowledge?q=den%20duong%20tat", operatorToken);
    assertEquals(200, found.status(), found.toString());
    assertFalse(found.body().path("unavailable").asBoolean());
    // Among the province's own guides (the knowledge store's seed has street lights too).
    JsonNode light = null;
    for (JsonNode article : found.body().path("articles")) {
      if ("/articles/9001".equals(article.path("url").asText())) {
        light = article;
      }
    }
    assertNotNull(light, found.body().toString());
    assertEquals(KnowledgeRows.STREET_LIGHT, light.path("title").asText());
    assertTrue(light.path("answer").asText().startsWith("Ghi nhận vị trí cụ thể"));
    JsonNode birth = api.get("/api/hotline/knowledge?q=l%C3%A0m%20khai%20sinh", operatorToken)
        .body().path("articles").get(0);
    assertEquals("ADMIN_PROCEDURE", birth.path("categoryCode").asText());
  }
}
