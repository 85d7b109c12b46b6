package vn.citizenhub.core.feedback;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * The two sides of a private feedback link in one test: an officer of Tân An and a coordinator at
 * the staff API, the citizen's notices on hub.notify.v1, and the link's public API.
 */
final class FeedbackDesk {

  static final Duration WITHIN = Duration.ofSeconds(20);
  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String TAN_AN_AGENCY = "UBND-27712";

  final StaffApi api;
  final HttpClient http;
  final String officer;
  final String coordinator;

  FeedbackDesk(HttpClient http, StaffAccounts accounts, PasswordHasher hasher, String prefix)
      throws Exception {
    this.http = http;
    this.api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, prefix + ".canbo", StaffRole.AGENCY_OFFICER,
        TAN_AN_AGENCY, PASSWORD);
    StaffApi.createAccount(accounts, hasher, prefix + ".dieuphoi", StaffRole.COORDINATOR, null,
        PASSWORD);
    officer = api.token(prefix + ".canbo", PASSWORD);
    coordinator = api.token(prefix + ".dieuphoi", PASSWORD);
  }

  /** Sends the report through Kafka and waits until the coordinator finds its ticket. */
  long report(IntakeEnvelope envelope) {
    KafkaProbe.send(envelope);
    String path = "/api/staff/tickets?q=" + new TrackingCode(envelope.trackingCode()).display()
        + "&status=ROUTED&status=RESOLVED&status=REOPENED";
    await().atMost(WITHIN).until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return api.get(path, coordinator).body().path("items").get(0).path("id").asLong();
  }

  JsonNode ticket(long id) {
    StaffApi.Answer a = api.get("/api/staff/tickets/" + id, officer);
    assertEquals(200, a.status(), a.toString());
    return a.body();
  }

  void resolve(long id) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", "RESOLVE");
    body.put("version", ticket(id).path("version").asInt());
    body.put("closureCode", "FIXED");
    body.put("text", "Đã thay bóng đèn và kiểm tra lại tủ điện.");
    StaffApi.Answer a = api.act(id, officer, body);
    assertEquals(200, a.status(), a.toString());
  }

  /** Tân An's line of the league table (empty figures before it has any). */
  JsonNode leagueRow() {
    for (JsonNode row : api.get("/api/staff/league", coordinator).body()) {
      if (row.path("agencyCode").asText().equals(TAN_AN_AGENCY)) {
        return row;
      }
    }
    return ContractJson.mapper().createObjectNode().put("agencyCode", TAN_AN_AGENCY);
  }

  /** The notices to this citizen that match, once there are {@code count} of them. */
  static List<Notification> notices(String identity, int count, Predicate<Notification> which) {
    Predicate<Notification> mine = n -> n.citizenIdentity().equals(identity) && which.test(n);
    List<Notification> found = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
            .map(FeedbackDesk::notice).filter(mine).count() >= count, WITHIN).stream()
        .map(FeedbackDesk::notice).filter(mine).toList();
    assertEquals(count, found.size(), () -> "notices to " + identity + ": " + found);
    return found;
  }

  static Notification notice(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r) {
    return ContractJson.read(KafkaProbe.text(r).getBytes(StandardCharsets.UTF_8),
        Notification.class);
  }

  /** A POST to the link's API: the status and the parsed answer. */
  StaffApi.Answer link(String action, Map<String, Object> body) {
    return api.call(HttpRequest.POST("/api/public/feedback/" + action,
        ContractJson.writeString(body)).contentType(MediaType.APPLICATION_JSON_TYPE), null);
  }

  StaffApi.Answer linkRaw(String action, String body) {
    return api.call(HttpRequest.POST("/api/public/feedback/" + action, body)
        .contentType(MediaType.APPLICATION_JSON_TYPE), null);
  }
}
