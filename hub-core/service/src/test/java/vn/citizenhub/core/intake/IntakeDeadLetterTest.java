package vn.citizenhub.core.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
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
import vn.citizenhub.testsupport.ManagementPort;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * One bad record cannot stop intake: over a real broker and a real MariaDB, poison among ordinary
 * reports is parked on the DLQ with its reason and raises the alert (counter, /health, the
 * coordinator's list, the citizen's page), while a database that refuses for a while (a
 * transient error) only delays intake and parks nothing. The database's refusals are real: a
 * trigger in this test's own database refuses marked addresses with the SQLState it is given.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeDeadLetterTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(30);
  private static final String PASSWORD = "mật-khẩu-thử-9x";
  private static final String NAME = "Nguyễn Văn An";
  private static final String PHONE = "0912345678";
  private static final String DATA_POISON = "trigger:22023";
  private static final String UNFORESEEN_POISON = "trigger:45000";
  private static final String TRANSIENT = "trigger:40001";

  @Inject @Client("/") HttpClient http;
  @Inject EndpointDefaultConfiguration endpoints;
  @Inject JdbcDatabase database;
  @Inject MeterRegistry registry;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private SqlProbe db;
  private String coordinator;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_dead_letters"));
    // Seven builds share two cores: a sign-in (password hashing) may take longer than 10 s.
    p.put("micronaut.http.client.read-timeout", "60s");
    return p;
  }

  @BeforeAll
  void setUp() throws Exception {
    db = new SqlProbe(database.pool());
    accounts.create("dieuphoi.dlq", "Điều phối viên", StaffRole.COORDINATOR, null,
        hasher.hash(PASSWORD), Instant.now());
    coordinator = call(HttpRequest.POST("/api/staff/token",
        Map.of("username", "dieuphoi.dlq", "password", PASSWORD)), null).body()
        .path("accessToken").asText();
    execute("CREATE TRIGGER refuse_marked_tickets BEFORE INSERT ON ticket FOR EACH ROW BEGIN"
        + " IF NEW.address = '" + DATA_POISON + "' THEN SIGNAL SQLSTATE '22023'"
        + "   SET MESSAGE_TEXT = 'refused by the test';"
        + " ELSEIF NEW.address = '" + UNFORESEEN_POISON + "' THEN SIGNAL SQLSTATE '45000'"
        + "   SET MESSAGE_TEXT = 'refused by the test';"
        + " END IF; END");
  }

  @Test
  void poisonAmongOrdinaryReportsIsParkedAndEveryOrdinaryReportBecomesATicket() throws Exception {
    String key = Envelopes.newIdentity();
    List<IntakeEnvelope> ordinary = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ordinary.add(Envelopes.report(key, "ROAD_DAMAGE", Envelopes.TAN_AN));
    }
    IntakeEnvelope nan = report(key, new Location(null, 10.5, 106.4, "12 Hùng Vương"),
        "web-consent-2025-07", null);
    String nanJson = ContractJson.writeString(nan)
        .replace("\"latitude\":10.5", "\"latitude\":\"NaN\"")
        .replace("\"longitude\":106.4", "\"longitude\":\"NaN\"");
    IntakeEnvelope longEmail = report(key, new Location(Envelopes.TAN_AN, null, null, null),
        "web-consent-2025-07", "an@" + "x".repeat(186) + ".example.vn");
    IntakeEnvelope longConsent = report(key, new Location(Envelopes.TAN_AN, null, null, null),
        "v".repeat(61), null);
    IntakeEnvelope refused = report(key, new Location(null, null, null, DATA_POISON),
        "web-consent-2025-07", null);
    IntakeEnvelope unforeseen = report(key, new Location(null, null, null, UNFORESEEN_POISON),
        "web-consent-2025-07", null);
    double before = deadLetterCount();

    // One key, one partition: the poison sits among the ordinary reports in the same polls.
    KafkaProbe.send(ordinary.get(0));
    KafkaProbe.send(ordinary.get(1));
    KafkaProbe.sendRaw(key, nanJson.getBytes(StandardCharsets.UTF_8));
    KafkaProbe.send(ordinary.get(2));
    KafkaProbe.send(refused);
    KafkaProbe.send(longEmail);
    KafkaProbe.send(ordinary.get(3));
    KafkaProbe.send(unforeseen);
    KafkaProbe.send(longConsent);
    KafkaProbe.send(ordinary.get(4));
    KafkaProbe.send(ordinary.get(5));

    for (IntakeEnvelope e : ordinary) {
      await().atMost(WITHIN).until(() -> tickets(e.trackingCode()) == 1);
    }
    var dead = KafkaProbe.readUntil(Topics.INTAKE_DLQ,
        seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= 5, WITHIN);
    Map<String, String> reasonByCode = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : dead) {
      if (key.equals(r.key())) {
        String code = ContractJson.mapper().readTree(r.value()).path("trackingCode").asText();
        reasonByCode.put(code, header(r, Topics.DLQ_REASON_HEADER));
        assertFalse(header(r, Topics.DLQ_REASON_HEADER).contains(PHONE));
      }
    }
    assertEquals(5, reasonByCode.size(), reasonByCode.toString());
    assertEquals("invalid envelope: payload.location.latitude NOT_A_NUMBER",
        reasonByCode.get(nan.trackingCode()));
    assertEquals("invalid envelope: citizen.email INVALID_EMAIL",
        reasonByCode.get(longEmail.trackingCode()));
    assertEquals("invalid envelope: payload.consent.textVersion TOO_LONG",
        reasonByCode.get(longConsent.trackingCode()));
    assertTrue(reasonByCode.get(refused.trackingCode()).startsWith("data error: SQLState 22"),
        reasonByCode.toString());
    assertTrue(reasonByCode.get(unforeseen.trackingCode())
        .startsWith("processing error: SQLState 45000"), reasonByCode.toString());
    for (IntakeEnvelope poison : List.of(nan, longEmail, longConsent, refused, unforeseen)) {
      assertEquals(0, tickets(poison.trackingCode()));
    }

    assertEquals(5.0, deadLetterCount() - before, 0.0001);
    assertEquals(1.0, registry.get(DeadLetters.COUNTER).tag("reason", "data_error")
        .counter().count(), 0.0001);

    JsonNode health = management("/health").body();
    assertEquals("DEGRADED", health.path("status").asText(), health.toString());
    assertEquals("DEGRADED",
        health.path("details").path("intakeDeadLetters").path("status").asText());
    // Degraded is not down: the probes keep the pod (a restart would not help anyone).
    assertEquals(200, management("/health/readiness").status());
    assertEquals(200, management("/health/liveness").status());

    // The citizen's page: a call back, not "not found", and nothing of the report.
    Answer tracked = call(HttpRequest.GET("/api/public/tickets/"
        + new TrackingCode(nan.trackingCode()).display()), null);
    assertEquals(200, tracked.status());
    assertEquals("NEEDS_CALL_BACK", tracked.body().path("status").asText());
    assertEquals("Cần liên hệ lại", tracked.body().path("statusLabel").asText());
    assertEquals("WEB", tracked.body().path("channel").asText());
    assertEquals("NEEDS_CALL_BACK", tracked.body().path("timeline").get(0).path("type").asText());
    assertTrue(tracked.body().path("timeline").get(0).path("text").asText()
        .contains("liên hệ lại"));
    assertFalse(tracked.body().toString().contains(NAME) || tracked.body().toString()
        .contains("Hùng Vương"), tracked.body().toString());

    // The coordinator sees them (ids and reasons, no personal data) and acknowledges each.
    JsonNode listed = call(HttpRequest.GET("/api/staff/dead-letters"), coordinator).body();
    List<String> codes = new ArrayList<>();
    listed.forEach(d -> codes.add(d.path("trackingCode").asText()));
    assertTrue(codes.containsAll(reasonByCode.keySet()), codes.toString());
    assertFalse(listed.toString().contains(NAME) || listed.toString().contains(PHONE));
    for (JsonNode d : listed) {
      Answer ack = call(HttpRequest.POST("/api/staff/dead-letters/" + d.path("id").asLong()
          + "/acknowledge", ""), coordinator);
      assertEquals(200, ack.status(), ack.toString());
      assertEquals("dieuphoi.dlq", ack.body().path("acknowledgedBy").asText());
    }
    assertEquals(0, call(HttpRequest.GET("/api/staff/dead-letters"), coordinator).body().size());
    JsonNode after = management("/health").body();
    assertEquals("UP", after.path("details").path("intakeDeadLetters").path("status").asText());
    assertEquals("UP", after.path("status").asText(), after.toString());
    // Acknowledged is not forgotten: the citizen's page still says a call back is due.
    assertEquals("NEEDS_CALL_BACK", call(HttpRequest.GET("/api/public/tickets/"
        + nan.trackingCode()), null).body().path("status").asText());
  }

  @Test
  void theDeadLetterListIsForCoordinatorsAndAdministratorsOnly() throws Exception {
    accounts.create("canbo.dlq", "Cán bộ", StaffRole.AGENCY_OFFICER, "UBND-27712",
        hasher.hash(PASSWORD), Instant.now());
    String officer = call(HttpRequest.POST("/api/staff/token",
        Map.of("username", "canbo.dlq", "password", PASSWORD)), null).body()
        .path("accessToken").asText();
    assertEquals(403, call(HttpRequest.GET("/api/staff/dead-letters"), officer).status());
    assertEquals(401, call(HttpRequest.GET("/api/staff/dead-letters"), null).status());
    assertEquals(404, call(HttpRequest.POST("/api/staff/dead-letters/987654/acknowledge", ""),
        coordinator).status());
  }

  @Test
  void aDatabaseRefusingForAWhileDelaysIntakeButParksNothing() throws Exception {
    String key = Envelopes.newIdentity();
    IntakeEnvelope waiting = report(key, new Location(null, null, null, TRANSIENT),
        "web-consent-2025-07", null);
    IntakeEnvelope next = Envelopes.report(key, "ROAD_DAMAGE", Envelopes.TAN_AN);
    execute("CREATE TRIGGER refuse_for_a_while BEFORE INSERT ON ticket FOR EACH ROW BEGIN"
        + " IF NEW.address = '" + TRANSIENT + "' THEN SIGNAL SQLSTATE '40001'"
        + "   SET MESSAGE_TEXT = 'serialisation failure, as in a fail-over'; END IF; END");
    Counter retries = registry.get("hub.intake.retries").counter();
    double retriedBefore = retries.count();
    try {
      KafkaProbe.send(waiting);
      KafkaProbe.send(next);
      // Read again and again with a growing pause, and never parked meanwhile.
      await().atMost(WITHIN).until(() -> retries.count() >= retriedBefore + 3);
      assertEquals(0, db.count("SELECT COUNT(*) FROM intake_dead_letter WHERE tracking_code IN"
          + " (?, ?)", waiting.trackingCode(), next.trackingCode()));
      assertEquals(0, tickets(next.trackingCode()));
    } finally {
      execute("DROP TRIGGER refuse_for_a_while");
    }
    // Once the database accepts again, both become tickets, in order.
    await().atMost(WITHIN).until(() -> tickets(next.trackingCode()) == 1);
    assertEquals(1, tickets(waiting.trackingCode()));
    assertEquals(0, db.count("SELECT COUNT(*) FROM intake_dead_letter WHERE tracking_code IN"
        + " (?, ?)", waiting.trackingCode(), next.trackingCode()));
  }

  private static IntakeEnvelope report(String key, Location location, String consentVersion,
      String email) {
    return IntakeEnvelope.v1(java.util.UUID.randomUUID().toString(), Instant.now(),
        vn.citizenhub.contract.Channel.WEB, "form-1", new CitizenRef(key, NAME, PHONE, email),
        TrackingCode.generate(vn.citizenhub.contract.Channel.WEB).value(),
        new NewReport(vn.citizenhub.contract.ItemKind.REPORT, "ROAD_DAMAGE",
            "Ổ gà lớn giữa đường, xe máy dễ ngã khi trời mưa.", location, List.of(),
            new Consent(true, consentVersion, Instant.now())));
  }

  private double deadLetterCount() {
    return registry.find(DeadLetters.COUNTER).counters().stream()
        .mapToDouble(Counter::count).sum();
  }

  private long tickets(String code) {
    return db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code);
  }

  private void execute(String sql) throws Exception {
    try (Connection c = database.pool().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private record Answer(int status, JsonNode body) {}

  private Answer call(MutableHttpRequest<?> request, String token) throws Exception {
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), parse(response.body()));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(),
          parse(e.getResponse().getBody(String.class).orElse(null)));
    }
  }

  /** /health and its probes live on the management port, off the public one. */
  private Answer management(String path) throws Exception {
    var response = ManagementPort.get(ManagementPort.base(endpoints.getPort().orElseThrow()) + path);
    return new Answer(response.statusCode(), parse(response.body()));
  }

  private static JsonNode parse(String body) throws Exception {
    return body == null || body.isBlank() ? ContractJson.mapper().nullNode()
        : ContractJson.mapper().readTree(body);
  }
}
