package vn.citizenhub.core.interactions;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The portal's interaction indicators: what pages report and what the hub counts itself, kept per
 * ISO week with nothing about the visitor, and shown only to coordinators and administrators.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionCountsTest implements TestPropertyProvider {

  private static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;
  @Inject InteractionCounter counter;

  StaffApi api;
  SqlProbe db;
  String coordinator;
  String administrator;
  String officer;
  String operator;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_interactions");
  }

  @BeforeAll
  void staff() throws Exception {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "quantri", StaffRole.ADMINISTRATOR, null, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "canbo", StaffRole.AGENCY_OFFICER, "UBND-27712",
        PASSWORD);
    StaffApi.createAccount(accounts, hasher, "tongdai", StaffRole.HOTLINE_OPERATOR, null,
        PASSWORD);
    coordinator = api.token("dieuphoi", PASSWORD);
    administrator = api.token("quantri", PASSWORD);
    officer = api.token("canbo", PASSWORD);
    operator = api.token("tongdai", PASSWORD);
  }

  private HttpResponse<String> post(String body) {
    return http.toBlocking().exchange(HttpRequest.POST("/api/public/interactions", body)
        .contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
  }

  private StaffApi.Answer postRefused(String body) {
    return api.call(HttpRequest.POST("/api/public/interactions", body)
        .contentType(MediaType.APPLICATION_JSON_TYPE), null);
  }

  private JsonNode thisWeek() {
    StaffApi.Answer a = api.get("/api/staff/interactions?weeks=12", coordinator);
    assertEquals(200, a.status(), a.toString());
    return a.body().path("weeks").get(0).path("counts");
  }

  @Test
  void pagesReportVisitsReportsStartedAndSearchesWithoutACookieOrTheirAddress() throws Exception {
    JsonNode before = thisWeek();
    for (String event : List.of("VISIT", "VISIT", "REPORT_STARTED", "SEARCH")) {
      HttpResponse<String> answer = post("{\"event\":\"" + event + "\"}");
      assertEquals(204, answer.code());
      assertTrue(answer.getHeaders().getAll("Set-Cookie").isEmpty(), "no cookie is set");
    }
    JsonNode after = thisWeek();
    assertEquals(before.path("VISIT").asLong() + 2, after.path("VISIT").asLong());
    assertEquals(before.path("REPORT_STARTED").asLong() + 1, after.path("REPORT_STARTED").asLong());
    assertEquals(before.path("SEARCH").asLong() + 1, after.path("SEARCH").asLong());
    Set<String> columns = new HashSet<>();
    try (Connection c = database.pool().getConnection();
        ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "interaction_count",
            null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    assertEquals(Set.of("week_start", "event", "slot", "total"), columns,
        "counts only: nothing about who visited");
  }

  @Test
  void whatTheHubCountsItselfCannotBeReportedAndNonsenseIsABilingualFourHundred() {
    JsonNode before = thisWeek();
    for (String body : List.of("{\"event\":\"REPORT_SENT\"}", "{\"event\":\"RATING_GIVEN\"}",
        "{\"event\":\"visit\"}", "{\"event\":7}", "{}", "[]", "not json", "")) {
      StaffApi.Answer a = postRefused(body);
      assertEquals(400, a.status(), body + ": " + a);
      assertTrue(a.body().path("message").asText().chars().anyMatch(ch -> ch > 127));
      assertFalse(a.body().path("messageEn").asText().isBlank());
    }
    assertEquals(before, thisWeek(), "nothing counted for a refusal");
  }

  @Test
  void webReportsAndFollowsAreCountedAsTheHubTakesThemIn() {
    JsonNode before = thisWeek();
    var web = Envelopes.webReport("c-" + UUID.randomUUID(), "STREET_LIGHT", Envelopes.TAN_AN,
        "Đèn đường trước chợ tắt hai đêm liền.");
    KafkaProbe.send(web);
    KafkaProbe.send(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", web.trackingCode()) == 1);
    KafkaProbe.send(Envelopes.follow("f-" + UUID.randomUUID(), web.trackingCode(),
        "theo.doi@example.vn"));
    await().atMost(Duration.ofSeconds(20)).until(() -> thisWeek().path("DUPLICATE_AVOIDED")
        .asLong() == before.path("DUPLICATE_AVOIDED").asLong() + 1);
    JsonNode after = thisWeek();
    assertEquals(before.path("REPORT_SENT").asLong() + 1, after.path("REPORT_SENT").asLong(),
        "the web report counts, the Zalo report does not");
  }

  @Test
  void countsArePerIsoWeekNewestFirstAndOnlyForCoordinatorsAndAdministrators() throws Exception {
    Instant threeWeeksAgo = Instant.now().minus(Duration.ofDays(21));
    try (Connection c = database.pool().getConnection()) {
      counter.add(c, Map.of(InteractionEvent.SEARCH, 5), threeWeeksAgo);
    }
    JsonNode answer = api.get("/api/staff/interactions?weeks=4", administrator).body();
    JsonNode weeks = answer.path("weeks");
    assertEquals(4, weeks.size());
    LocalDate monday = InteractionCounter.weekOf(Instant.now());
    for (int i = 0; i < 4; i++) {
      assertEquals(monday.minusWeeks(i).toString(), weeks.get(i).path("startsOn").asText());
      assertTrue(weeks.get(i).path("week").asText().matches("\\d{4}-W\\d{2}"));
      assertEquals(6, weeks.get(i).path("counts").size());
    }
    assertEquals(5, weeks.get(3).path("counts").path("SEARCH").asLong());
    assertEquals(0, weeks.get(2).path("counts").path("SEARCH").asLong());
    assertEquals(6, answer.path("events").size());
    assertEquals("Lượt truy cập", answer.path("events").get(0).path("label").asText());

    assertEquals(12, api.get("/api/staff/interactions", coordinator).body().path("weeks").size());
    assertEquals(403, api.get("/api/staff/interactions", officer).status());
    assertEquals(403, api.get("/api/staff/interactions", operator).status());
    assertEquals(401, api.get("/api/staff/interactions", null).status());
    for (String bad : List.of("0", "105", "abc", "-3")) {
      StaffApi.Answer a = api.get("/api/staff/interactions?weeks=" + bad, coordinator);
      assertEquals(400, a.status(), bad + ": " + a);
      assertEquals("WEEKS_OUT_OF_RANGE", a.body().path("error").asText());
    }
  }
}
