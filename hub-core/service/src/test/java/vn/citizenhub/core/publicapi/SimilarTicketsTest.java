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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
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
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Similar open tickets: same category and commune, words shared with what the citizen typed,
 * diacritics ignored, ranked by words in common then newest, five at most; nothing personal in
 * the answer, and never a word the citizen did not type themselves.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarTicketsTest implements TestPropertyProvider {

  private static final String KIEN_TUONG = "27787";
  private static final Set<String> FIELDS = Set.of("trackingCode", "categoryCode",
      "categoryName", "communeName", "agencyName", "status", "statusLabel", "statusLabelEn",
      "createdAt", "wordsInCommon");
  private static final String PERSONAL = "Đèn đường trước nhà ông Nguyễn Văn Bình số 45 bị tắt"
      + " từ tối thứ Hai, gọi 0912345678 hoặc binh.nguyen@example.vn.";

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;

  StaffApi api;
  SqlProbe db;
  IntakeEnvelope personal;
  IntakeEnvelope fewerWords;
  IntakeEnvelope closed;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_similar");
  }

  @BeforeAll
  void tickets() {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    personal = report("STREET_LIGHT", Envelopes.TAN_AN, PERSONAL);
    fewerWords = report("STREET_LIGHT", Envelopes.TAN_AN, "Đèn đường hẻm 7 chập chờn cả tuần.");
    closed = report("STREET_LIGHT", Envelopes.TAN_AN, "Đèn đường bị tắt, đã có người sửa.");
    report("STREET_LIGHT", KIEN_TUONG, "Đèn đường bị tắt ở phường khác.");
    report("ROAD_DAMAGE", Envelopes.TAN_AN, "Đường bị tắt nghẽn vì ổ gà ở lĩnh vực khác.");
    for (int i = 0; i < 7; i++) {
      report("FLOOD_DRAINAGE", Envelopes.TAN_AN, "Ngập nước sau mưa lớn, lần " + (char) ('a' + i));
    }
    List<String> codes = List.of(personal.trackingCode(), closed.trackingCode());
    await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE category_code = 'FLOOD_DRAINAGE'") == 7
        && db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code IN (?, ?)",
            codes.toArray()) == 2
        && db.count("SELECT COUNT(*) FROM ticket") == 12);
    db.update("UPDATE ticket SET status = 'RESOLVED' WHERE tracking_code = ?",
        closed.trackingCode());
  }

  private IntakeEnvelope report(String category, String commune, String description) {
    IntakeEnvelope e = Envelopes.webReport("c-" + UUID.randomUUID(), category, commune,
        description);
    KafkaProbe.send(e);
    return e;
  }

  private StaffApi.Answer similar(String category, String commune, String text) {
    return api.get("/api/public/similar?categoryCode=" + enc(category) + "&communeCode="
        + enc(commune) + "&text=" + enc(text), null);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void duongFindsDuongWithItsDiacriticsAndRanksByWordsInCommon() {
    StaffApi.Answer answer = similar("STREET_LIGHT", Envelopes.TAN_AN,
        "duong den tat 0912345678 binh.nguyen@example.vn so 45 nguyen");
    assertEquals(200, answer.status(), answer.toString());
    JsonNode items = answer.body().path("items");
    assertEquals(2, items.size(), items.toString());
    assertEquals(new TrackingCode(personal.trackingCode()).display(),
        items.get(0).path("trackingCode").asText());
    assertEquals(List.of("duong", "den", "tat", "so", "nguyen"),
        texts(items.get(0).path("wordsInCommon")));
    assertEquals(new TrackingCode(fewerWords.trackingCode()).display(),
        items.get(1).path("trackingCode").asText());
    assertEquals(List.of("duong", "den"), texts(items.get(1).path("wordsInCommon")));
    JsonNode first = items.get(0);
    assertEquals("STREET_LIGHT", first.path("categoryCode").asText());
    assertEquals("Phường Tân An", first.path("communeName").asText());
    assertEquals("ROUTED", first.path("status").asText());
    assertFalse(first.path("agencyName").asText().isBlank());
    assertFalse(first.path("createdAt").asText().isBlank());

    StaffApi.Answer withMarks = similar("STREET_LIGHT", Envelopes.TAN_AN, "ĐƯỜNG Đèn");
    assertEquals(List.of("đường", "đèn"),
        texts(withMarks.body().path("items").get(0).path("wordsInCommon")));
  }

  @Test
  void theAnswerCarriesOnlyTheNamedFieldsAndNoPersonalData() {
    StaffApi.Answer answer = similar("STREET_LIGHT", Envelopes.TAN_AN,
        "Nguyễn Văn Bình, 0912345678, binh.nguyen@example.vn, số 45: đèn đường tắt");
    JsonNode items = answer.body().path("items");
    assertFalse(items.isEmpty());
    assertEquals(Set.of("items"), names(answer.body()));
    for (JsonNode item : items) {
      assertEquals(FIELDS, names(item), item.toString());
      for (String word : texts(item.path("wordsInCommon"))) {
        assertFalse(word.matches(".*[0-9@].*"), word);
      }
    }
    Set<String> values = new HashSet<>();
    collect(answer.body(), values);
    for (String value : values) {
      for (String secret : List.of("0912345678", "example.vn", "Hẻm", "Hùng Vương",
          "Phạm Minh Đức", "0987111222", "trước nhà")) {
        assertFalse(value.contains(secret), "the answer shows " + secret + ": " + value);
      }
    }
  }

  @Test
  void onlyOpenTicketsOfTheSameCategoryAndCommuneAreOffered() {
    JsonNode items = similar("STREET_LIGHT", Envelopes.TAN_AN, "đèn tắt").body().path("items");
    Set<String> codes = new HashSet<>(texts(items, "trackingCode"));
    assertFalse(codes.contains(new TrackingCode(closed.trackingCode()).display()), "resolved");
    assertEquals(Set.of(new TrackingCode(personal.trackingCode()).display(),
        new TrackingCode(fewerWords.trackingCode()).display()), codes);
    assertEquals(0, similar("STREET_LIGHT", Envelopes.TAN_AN, "và của là có bị")
        .body().path("items").size(), "little words alone match nothing");
  }

  @Test
  void atMostFiveNewestFirstWhenTheyShareAsManyWords() {
    JsonNode items = similar("FLOOD_DRAINAGE", Envelopes.TAN_AN, "ngập nước").body()
        .path("items");
    assertEquals(5, items.size());
    List<String> times = texts(items, "createdAt");
    for (int i = 1; i < times.size(); i++) {
      assertTrue(times.get(i - 1).compareTo(times.get(i)) >= 0, times.toString());
    }
  }

  @Test
  void badQueriesAreABilingualFourHundred() {
    Map<String, String> cases = Map.of(
        "/api/public/similar?communeCode=27712&text=den", "categoryCode",
        "/api/public/similar?categoryCode=NOPE&communeCode=27712&text=den", "categoryCode",
        "/api/public/similar?categoryCode=STREET_LIGHT&communeCode=00000&text=den", "communeCode",
        "/api/public/similar?categoryCode=STREET_LIGHT&communeCode=27712", "text",
        "/api/public/similar?categoryCode=STREET_LIGHT&communeCode=27712&text="
            + enc("đ".repeat(501)), "text");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      StaffApi.Answer answer = api.get(c.getKey(), null);
      assertEquals(400, answer.status(), c.getKey() + ": " + answer);
      assertEquals(c.getValue(), answer.body().path("fields").get(0).path("field").asText());
      assertTrue(answer.body().path("message").asText().chars().anyMatch(ch -> ch > 127));
      assertFalse(answer.body().path("messageEn").asText().isBlank());
    }
  }

  /**
   * Among thousands of tickets of many places and matters, the database reaches the candidates
   * through ix_ticket_nearby (category, commune, status, received), not by reading the table.
   */
  @Test
  void theQueryUsesTheCategoryCommuneStatusIndex() throws Exception {
    try (Connection c = database.pool().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket (tracking_code,"
          + " intake_id, kind, category_code, commune_code, description, citizen_id, channel,"
          + " status, clock_code, received_at, first_response_due, due_date, created_at,"
          + " updated_at, search_text) VALUES (?, ?, 'REPORT', ?, ?, 'x', 1, 'WEB', ?,"
          + " 'PAKN_10WD', NOW(3), ?, ?, NOW(3), NOW(3), ?)")) {
        for (int i = 0; i < 4000; i++) {
          s.setString(1, "BENCH" + i);
          s.setString(2, "bench-" + i);
          s.setString(3, "BENCH_CAT_" + (i % 10));
          s.setString(4, "B" + (i % 40));
          s.setString(5, i % 20 == 0 ? "ROUTED" : "CLOSED");
          s.setObject(6, LocalDate.now());
          s.setObject(7, LocalDate.now());
          s.setString(8, "bench" + i + " den duong tat nuoc ngap");
          s.addBatch();
        }
        s.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE ticket");
      }
      Iterator<String> values = List.of("'BENCH_CAT_3'", "'B3'", "'%den%'", "'%tat%'").iterator();
      StringBuilder sql = new StringBuilder("EXPLAIN ");
      for (char ch : SimilarTicketsQuery.sql(2).toCharArray()) {
        sql.append(ch == '?' ? values.next() : String.valueOf(ch));
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
        assertTrue(rs.next());
        assertEquals("ix_ticket_nearby", rs.getString("key"), "the plan: " + rs.getString("type")
            + " " + rs.getString("possible_keys") + " rows " + rs.getString("rows"));
        assertTrue(rs.getLong("rows") < 100, "rows examined: " + rs.getLong("rows"));
      }
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode items, String field) {
    List<String> out = new ArrayList<>();
    items.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static void collect(JsonNode node, Set<String> into) {
    if (node.isValueNode()) {
      into.add(node.asText());
    }
    node.forEach(child -> collect(child, into));
  }
}
