package vn.citizenhub.core.publicapi;

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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * {@code GET /api/public/requests} on MariaDB: by codes, by category, time and state, paged newest
 * first; only the public fields, the point rounded, nothing personal; a bilingual 400 for bad
 * filters; and the list reaches its rows through the V22 indexes, not by reading the table.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRequestsTest implements TestPropertyProvider {

  private static final Set<String> FIELDS = Set.of("trackingCode", "open", "statusLabel",
      "statusLabelEn", "categoryCode", "categoryName", "agencyName", "communeName", "receivedAt",
      "updatedAt", "dueDate", "latitude", "longitude", "photoPath");

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;

  StaffApi api;
  SqlProbe db;
  final List<IntakeEnvelope> lights = new ArrayList<>();
  IntakeEnvelope road;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_requests");
  }

  @BeforeAll
  void tickets() {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    for (int i = 0; i < 3; i++) {
      lights.add(report("STREET_LIGHT", "Đèn đường số " + i + " tắt, gọi 0912345678."));
    }
    road = report("ROAD_DAMAGE", "Ổ gà trước nhà ông Bình, số 45 Hùng Vương.");
    await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT COUNT(*) FROM ticket")
        == 4);
    // Distinct times, so that "newest first" has one answer: light 2 newest, road oldest.
    for (int i = 0; i < 3; i++) {
      db.update("UPDATE ticket SET received_at = ? WHERE tracking_code = ?",
          LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10 - i), lights.get(i).trackingCode());
    }
    db.update("UPDATE ticket SET received_at = ?, latitude = 10.784512, longitude = 105.927734,"
        + " status = 'RESOLVED' WHERE tracking_code = ?",
        LocalDateTime.now(ZoneOffset.UTC).minusMinutes(30), road.trackingCode());
  }

  private IntakeEnvelope report(String category, String description) {
    IntakeEnvelope e = Envelopes.webReport("c-" + UUID.randomUUID(), category, Envelopes.TAN_AN,
        description);
    KafkaProbe.send(e);
    return e;
  }

  private JsonNode list(String query) {
    StaffApi.Answer answer = api.get("/api/public/requests?" + query, null);
    assertEquals(200, answer.status(), answer.toString());
    return answer.body().path("requests");
  }

  @Test
  void byCodesOnlyThoseWithThePublicFieldsAndNoPersonalData() {
    JsonNode found = list("codes=" + road.trackingCode() + "," + lights.get(0).trackingCode());
    assertEquals(2, found.size());
    JsonNode first = found.get(0);
    assertEquals(lights.get(0).trackingCode(), first.path("trackingCode").asText());
    // Nothing beyond the public fields (an unknown value is left out of the JSON).
    assertTrue(FIELDS.containsAll(names(first)), first.toString());
    assertTrue(names(first).containsAll(Set.of("trackingCode", "open", "categoryCode",
        "agencyName", "communeName", "receivedAt", "dueDate")), first.toString());
    assertTrue(first.path("open").asBoolean());
    assertEquals("Phường Tân An", first.path("communeName").asText());
    assertFalse(first.path("agencyName").asText().isBlank());
    JsonNode closed = found.get(1);
    assertFalse(closed.path("open").asBoolean());
    assertEquals(10.785, closed.path("latitude").asDouble(), 1e-9);
    assertEquals(105.928, closed.path("longitude").asDouble(), 1e-9);
    String all = found.toString();
    for (String secret : List.of("0912345678", "Bình", "Hùng Vương", "Phạm Minh Đức",
        "0987111222", "example.vn", "Hẻm", "Ổ gà")) {
      assertFalse(all.contains(secret), "the list shows " + secret);
    }
  }

  @Test
  void byCategoryAndStateNewestFirstOnePageAtATime() {
    JsonNode page1 = list("categories=STREET_LIGHT&open=true&pageSize=2&page=1");
    JsonNode page2 = list("categories=STREET_LIGHT&open=true&pageSize=2&page=2");
    assertEquals(List.of(lights.get(2).trackingCode(), lights.get(1).trackingCode()),
        codes(page1));
    assertEquals(List.of(lights.get(0).trackingCode()), codes(page2));
    assertEquals(List.of(road.trackingCode()), codes(list("open=false")));
    assertEquals(List.of(), codes(list("categories=STREET_LIGHT&open=false")));
    String future = Instant.now().plus(Duration.ofDays(1)).toString();
    assertEquals(List.of(), codes(list("from=" + future)));
  }

  @Test
  void badFiltersAreABilingualFourHundred() {
    for (String query : List.of("codes=nope", "from=yesterday", "open=maybe", "pageSize=0",
        "pageSize=1001", "page=-1")) {
      StaffApi.Answer answer = api.get("/api/public/requests?" + query, null);
      assertEquals(400, answer.status(), query);
      assertTrue(answer.body().path("message").asText().chars().anyMatch(ch -> ch > 127));
      assertFalse(answer.body().path("messageEn").asText().isBlank());
    }
  }

  /** Among thousands of tickets, a list by time or by category and time reads its index. */
  @Test
  void theListsUseTheirIndexes() throws Exception {
    try (Connection c = database.pool().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket (tracking_code,"
          + " intake_id, kind, category_code, commune_code, description, citizen_id, channel,"
          + " status, clock_code, received_at, first_response_due, due_date, created_at,"
          + " updated_at, search_text) VALUES (?, ?, 'REPORT', ?, 'B1', 'x', 1, 'WEB', 'ROUTED',"
          + " 'PAKN_10WD', ?, ?, ?, NOW(3), NOW(3), 'x')")) {
        for (int i = 0; i < 4000; i++) {
          s.setString(1, "REQ" + i);
          s.setString(2, "req-" + i);
          s.setString(3, "REQ_CAT_" + (i % 20));
          s.setObject(4, LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(i));
          s.setObject(5, LocalDate.now());
          s.setObject(6, LocalDate.now());
          s.addBatch();
        }
        s.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE ticket");
      }
      Instant from = Instant.parse("2024-03-01T00:00:00Z");
      Instant to = Instant.parse("2024-03-03T00:00:00Z");
      assertEquals("ix_ticket_category_received", plan(c, new RequestQuery(List.of(),
          List.of("REQ_CAT_3"), from, to, null, 1, 100),
          List.of("'REQ_CAT_3'", "'2024-03-01 00:00:00.000'", "'2024-03-03 00:00:00.000'",
              "100", "0")));
      assertEquals("ix_ticket_received", plan(c, new RequestQuery(List.of(), List.of(), from,
          to, null, 1, 100), List.of("'2024-03-01 00:00:00.000'", "'2024-03-03 00:00:00.000'",
          "100", "0")));
    }
  }

  private static String plan(Connection c, RequestQuery query, List<String> values)
      throws Exception {
    Iterator<String> next = values.iterator();
    StringBuilder sql = new StringBuilder("EXPLAIN ");
    for (char ch : LocalPublicRequests.sql(query).toCharArray()) {
      sql.append(ch == '?' ? next.next() : String.valueOf(ch));
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
      assertTrue(rs.next());
      assertTrue(rs.getLong("rows") < 200, "rows examined: " + rs.getLong("rows") + " by "
          + rs.getString("key"));
      return rs.getString("key");
    }
  }

  private static List<String> codes(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(n -> out.add(n.path("trackingCode").asText()));
    return out;
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
