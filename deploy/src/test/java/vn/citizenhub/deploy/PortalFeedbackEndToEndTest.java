package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.feedback.FeedbackToken;
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
 * Issue 12's loop through the whole hub: a web report; the portal offers it as a similar open
 * ticket and a second citizen follows it through the web channel; staff resolve it; both are told
 * on the WEB channel, each with their own private feedback token; the reporter rates (the rating
 * reaches the ticket page and the league table), the follower says "not fixed" (reopened); a
 * wrong token opens nothing; the week's interaction indicators moved, for coordinators' eyes only.
 * No token and no personal data ever reach a log.
 */
@ScanLogsForPersonalData({WebReports.NAME, WebReports.PHONE, WebReports.EMAIL,
    PortalFeedbackEndToEndTest.FOLLOWER_EMAIL, "Đường Nguyễn Huệ, phường Kiến Tường"})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalFeedbackEndToEndTest implements TestPropertyProvider {

  static final String FOLLOWER_EMAIL = "le.thi.hoa@example.vn";
  private static final String PASSWORD = "mật-khẩu-thử-9x";
  private static final Duration WITHIN = Duration.ofSeconds(20);

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private final HttpClient http = HttpClient.newHttpClient();
  private WebReports citizen;
  private SqlProbe db;
  private String base;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_feedback"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void connect() throws Exception {
    base = server.getURL().toString().replaceAll("/$", "");
    citizen = new WebReports(base);
    db = new SqlProbe(database.pool());
    accounts.create("e2e.canbo", "Cán bộ phường Kiến Tường", StaffRole.AGENCY_OFFICER,
        "UBND-27787", hasher.hash(PASSWORD), Instant.now());
    accounts.create("e2e.dieuphoi", "Điều phối viên", StaffRole.COORDINATOR, null,
        hasher.hash(PASSWORD), Instant.now());
  }

  private record Reply(int status, JsonNode body) {}

  private Reply post(String path, String json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isBlank() ? ContractJson.mapper().nullNode()
        : ContractJson.mapper().readTree(r.body()));
  }

  private static String tokenBody(String token, String more) {
    return "{\"token\":\"" + token + "\"" + more + "}";
  }

  /**
   * The outcome notices hub-core published to the web citizens; not the SMS copies the web
   * channel hands back (e-mail is off here, and the reporter left a phone).
   */
  private List<Notification> outcomeNotices(String code) {
    var mine = (java.util.function.Predicate<Notification>) n -> n.trackingCode().equals(code)
        && n.channel().name().equals("WEB") && n.messageVi().contains("Đã giải quyết");
    return KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream().map(this::notice)
        .filter(mine).count() >= 2, WITHIN).stream().map(this::notice).filter(mine).toList();
  }

  private Notification notice(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r) {
    return ContractJson.read(r.value(), Notification.class);
  }

  @Test
  void aReportFollowedResolvedRatedAndSaidNotFixedThroughPrivateLinks() throws Exception {
    StaffDesk coordinator = new StaffDesk(base);
    coordinator.signIn("e2e.dieuphoi", PASSWORD);
    JsonNode weekBefore = coordinator.get("/api/staff/interactions?weeks=1").path("weeks").get(0)
        .path("counts");

    String shown = citizen.post(WebReports.form("ROAD_DAMAGE",
        "Đường Nguyễn Huệ, phường Kiến Tường"), null).code();
    String code = TrackingCode.parse(shown).orElseThrow().value();
    await().atMost(WITHIN).until(() -> citizen.track(code), t -> t != null
        && "ROUTED".equals(t.path("status").asText()));

    // The portal offers the open ticket to a second citizen typing the same matter.
    HttpResponse<String> similar = citizen.get("/api/public/similar?categoryCode=ROAD_DAMAGE"
        + "&communeCode=27787&text=" + URLEncoder.encode("nap cong vo, nguy hiem",
            StandardCharsets.UTF_8));
    assertEquals(200, similar.statusCode(), similar.body());
    JsonNode item = ContractJson.mapper().readTree(similar.body()).path("items").get(0);
    assertEquals(shown, item.path("trackingCode").asText());
    assertEquals(List.of("nap", "cong", "vo", "nguy", "hiem"),
        ContractJson.mapper().convertValue(item.path("wordsInCommon"), List.class));
    assertFalse(similar.body().contains(WebReports.NAME) || similar.body().contains("0987"));

    Reply follow = post("/api/web/follow", """
        {"trackingCode": "%s", "email": "%s", "citizenRef": "device-hoa",
         "consent": {"given": true, "textVersion": "web-2025-07"}}""".formatted(shown,
        FOLLOWER_EMAIL));
    assertEquals(202, follow.status(), follow.body().toString());
    assertEquals("FOLLOWING", follow.body().path("status").asText());
    await().atMost(WITHIN).until(() -> db.count("SELECT COUNT(*) FROM ticket_follower f"
        + " JOIN ticket t ON t.id = f.ticket_id WHERE t.tracking_code = ?", code) == 1);

    StaffDesk officer = new StaffDesk(base);
    officer.signIn("e2e.canbo", PASSWORD);
    long id = await().atMost(WITHIN).until(() -> officer.find(shown), i -> i > 0);
    officer.act(id, "RESOLVE", "closureCode", "FIXED", "text", "Đã thay nắp cống mới.");

    List<Notification> outcomes = outcomeNotices(code);
    assertEquals(2, outcomes.size(), outcomes.toString());
    Notification toReporter = outcomes.stream()
        .filter(n -> !n.citizenIdentity().equals("web:device-hoa")).findFirst().orElseThrow();
    Notification toFollower = outcomes.stream()
        .filter(n -> n.citizenIdentity().equals("web:device-hoa")).findFirst().orElseThrow();
    for (Notification n : outcomes) {
      assertEquals("WEB", n.channel().name());
      assertTrue(FeedbackToken.wellFormed(n.feedbackToken()), n.toString());
      PersonalDataLogScan.remember(n.feedbackToken());
    }
    assertEquals(FOLLOWER_EMAIL, toFollower.contact().email());
    assertNotEquals(toReporter.feedbackToken(), toFollower.feedbackToken());

    Reply check = post("/api/public/feedback/check", tokenBody(toReporter.feedbackToken(), ""));
    assertEquals(200, check.status(), check.body().toString());
    assertEquals(shown, check.body().path("trackingCode").asText());
    assertTrue(check.body().path("canRate").asBoolean());
    Reply rated = post("/api/public/feedback/rating",
        tokenBody(toReporter.feedbackToken(), ",\"score\":4,\"comment\":\"Sửa nhanh.\""));
    assertEquals(200, rated.status(), rated.body().toString());
    assertEquals(4, officer.ticket(id).path("rating").asInt());
    JsonNode league = null;
    for (JsonNode row : officer.get("/api/staff/league")) {
      if (row.path("agencyCode").asText().equals("UBND-27787")) {
        league = row;
      }
    }
    assertEquals(1.0, league.path("satisfaction").asDouble(), league.toString());
    assertEquals(1.0, league.path("ratedShare").asDouble(), league.toString());

    String version = db.string("SELECT version FROM ticket WHERE id = ?", id);
    Reply wrong = post("/api/public/feedback/not-fixed",
        tokenBody(FeedbackToken.mint(), ",\"comment\":\"Không phải của tôi\""));
    assertEquals(404, wrong.status());
    assertEquals("FEEDBACK_LINK_NOT_FOUND", wrong.body().path("error").asText());
    assertEquals(version, db.string("SELECT version FROM ticket WHERE id = ?", id));

    Reply notFixed = post("/api/public/feedback/not-fixed",
        tokenBody(toFollower.feedbackToken(), ",\"comment\":\"Nắp mới lại bị vỡ.\""));
    assertEquals(200, notFixed.status(), notFixed.body().toString());
    assertEquals("REOPENED", notFixed.body().path("status").asText());
    List<String> steps = citizen.track(code).path("timeline").findValuesAsText("type");
    assertEquals(List.of("CITIZEN_NOT_FIXED", "REOPENED"), steps.subList(steps.size() - 2,
        steps.size()));

    assertEquals(204, post("/api/public/interactions", "{\"event\":\"VISIT\"}").status());
    JsonNode week = coordinator.get("/api/staff/interactions?weeks=1").path("weeks").get(0)
        .path("counts");
    for (String event : List.of("VISIT", "REPORT_SENT", "DUPLICATE_AVOIDED", "RATING_GIVEN")) {
      assertEquals(weekBefore.path(event).asLong() + 1, week.path(event).asLong(), event);
    }
    assertEquals(403, officer.status("/api/staff/interactions"));
  }
}
