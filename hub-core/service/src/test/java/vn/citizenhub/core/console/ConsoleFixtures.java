package vn.citizenhub.core.console;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.citizenhub.testsupport.KafkaProbe;

/** What the browser tests need around the browser: reports through intake, staff accounts. */
final class ConsoleFixtures {

  static final String PASSWORD = "Mật-khẩu-đủ-dài-2025";
  /** Each report's citizen identity, by its code as shown. */
  private static final Map<String, String> REPORTERS = new java.util.concurrent.ConcurrentHashMap<>();

  private final HttpClient http;
  private final StaffAccounts accounts;
  private final PasswordHasher hasher;

  ConsoleFixtures(HttpClient http, StaffAccounts accounts, PasswordHasher hasher) {
    this.http = http;
    this.accounts = accounts;
    this.hasher = hasher;
  }

  /** A report from Phường Tân An sent through Kafka as the Zalo channel would; its code. */
  /** The reporter's channel identity of a ticket made by {@link #report}, by its shown code. */
  static String reporterOf(String shownCode) {
    return REPORTERS.get(shownCode);
  }

  static String report(ItemKind kind, String category, String description) {
    String identity = Envelopes.newIdentity();
    IntakeEnvelope envelope = IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(),
        Channel.ZALO, "msg-" + UUID.randomUUID(),
        new CitizenRef(identity, "Trần Thị Bình", "0987654321", null),
        TrackingCode.generate(Channel.ZALO).value(),
        new NewReport(kind, category, description,
            new Location(Envelopes.TAN_AN, null, null, "45 Lý Thường Kiệt"), List.of(),
            new Consent(true, "zalo-consent-2025-07", Instant.now())));
    KafkaProbe.send(envelope);
    String shown = new TrackingCode(envelope.trackingCode()).display();
    REPORTERS.put(shown, identity);
    return shown;
  }

  /** The reporter rates the ticket on Zalo; waits until its public timeline shows it. */
  void rate(String code, int score, String comment) {
    KafkaProbe.send(Envelopes.rating(REPORTERS.get(code),
        TrackingCode.parse(code).orElseThrow().value(), score, comment));
    await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> ContractJson.mapper()
        .readTree(http.toBlocking().retrieve("/api/public/tickets/" + code)).path("timeline")
        .findValuesAsText("type").contains("CITIZEN_RATING"));
  }

  /** Waits until intake has made the ticket and it stands at {@code status}. */
  void awaitStatus(String code, String status) {
    await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> ContractJson.mapper()
        .readTree(http.toBlocking().retrieve("/api/public/tickets/" + code))
        .path("status").asText().equals(status));
  }

  /** A new account with {@link #PASSWORD}; its username. */
  String account(String prefix, String name, StaffRole role, String agency) throws SQLException {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(username, name, role, agency, hasher.hash(PASSWORD), Instant.now());
    return username;
  }

  /** A colleague's note through the API, in a session of its own. */
  void noteThroughTheApi(String username, long ticketId, String text) throws Exception {
    act(token(username), ticketId, Map.of("action", "NOTE", "text", text));
  }

  /** An officer's request, through the API, to hand a ticket to another agency. */
  void requestTransfer(String username, String code, String agency, String reason)
      throws Exception {
    String token = token(username);
    JsonNode found = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/tickets?q=" + code).bearerAuth(token)));
    act(token, found.path("items").get(0).path("id").asLong(),
        Map.of("action", "TRANSFER", "agencyCode", agency, "text", reason));
  }

  /** An officer resolves a ticket, as fixed, with a public answer, through the API. */
  void resolve(String username, String code, String answer) throws Exception {
    String token = token(username);
    JsonNode found = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/tickets?q=" + code).bearerAuth(token)));
    act(token, found.path("items").get(0).path("id").asLong(),
        Map.of("action", "RESOLVE", "closureCode", "FIXED", "text", answer));
  }

  private String token(String username) throws Exception {
    return ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.POST("/api/staff/token", Map.of("username", username, "password", PASSWORD))))
        .path("accessToken").asText();
  }

  private void act(String token, long ticketId, Map<String, Object> input) throws Exception {
    JsonNode ticket = ContractJson.mapper().readTree(http.toBlocking().retrieve(
        HttpRequest.GET("/api/staff/tickets/" + ticketId).bearerAuth(token)));
    Map<String, Object> body = new HashMap<>(input);
    body.put("version", ticket.path("version").asInt());
    http.toBlocking().exchange(
        HttpRequest.POST("/api/staff/tickets/" + ticketId + "/actions", body).bearerAuth(token));
  }
}
