package vn.citizenhub.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The monthly rollup on MariaDB against a seeded set of tickets whose figures are worked out by
 * hand (received, resolved, on time, median working days, ratings, reopened, backlog) per agency,
 * per commune and for the province, including a report received just after midnight Vietnam time
 * on the 1st; then the public API: the JSON's numbers equal the CSV's rows for the same month, the
 * CSV holds no personal data, and bad parameters get a bilingual 400.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureRollupTest implements TestPropertyProvider {

  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final String A = "FIG-A";
  static final String B = "FIG-B";
  static final String C1 = "F0001";
  static final String C2 = "F0002";
  static final String SECRET_NAME = "Trần Thị Bí Mật";
  static final String SECRET_PHONE = "0987654321";
  static final String SECRET_EMAIL = "bimat@example.vn";
  static final String SECRET_ADDRESS = "số 77 đường Bí Mật";

  @Inject JdbcDatabase database;
  @Inject FigureRollup rollup;
  @Inject FigureStore store;
  @Inject @Client("/") HttpClient http;

  final AtomicInteger codes = new AtomicInteger();
  long citizen;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_figures"));
    p.put("hub.figures.enabled", "false");
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void seed() throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO citizen (channel, external_id,"
            + " display_name, phone, email, created_at) VALUES ('WEB', 'fig-1', ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, SECRET_NAME);
      s.setString(2, SECRET_PHONE);
      s.setString(3, SECRET_EMAIL);
      s.setObject(4, UtcTime.column(Instant.now()));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        citizen = keys.getLong(1);
      }
    }
    // Agency A. Times are UTC; Vietnam is 7 hours ahead.
    long a1 = ticket(A, C1, "2026-03-02T02:00:00Z", "2026-03-04T03:00:00Z", "RESOLVED", true,
        "2026-03-10", 2, 1, null);
    long a2 = ticket(A, C1, "2026-03-02T02:00:00Z", "2026-03-13T03:00:00Z", "RESOLVED", false,
        "2026-03-10", 1, 1, null);
    timeline(a2, "REOPENED");
    timeline(a1, "RESOLVED");
    ticket(A, C2, "2026-03-05T02:00:00Z", "2026-03-09T03:00:00Z", "CLOSED", true, "2026-03-20",
        0, 0, null);
    ticket(A, C2, "2026-03-20T02:00:00Z", null, "IN_PROGRESS", null, "2026-03-25", 0, 0, null);
    ticket(A, C1, "2026-03-25T02:00:00Z", null, "ASSIGNED", null, "2026-04-10", 0, 0, null);
    // Received in February, resolved in April: open and overdue at the end of March.
    ticket(A, C1, "2026-02-20T02:00:00Z", "2026-04-02T03:00:00Z", "RESOLVED", false,
        "2026-03-06", 0, 0, null);
    // A duplicate merged into a1: received, but no answer and no backlog.
    ticket(A, C1, "2026-03-10T02:00:00Z", "2026-03-10T05:00:00Z", "RESOLVED", null,
        "2026-03-24", 0, 0, a1);
    // Agency B: resolved the same day; received on Friday in February, resolved on Monday.
    ticket(B, C2, "2026-03-03T02:00:00Z", "2026-03-03T09:00:00Z", "RESOLVED", true, "2026-03-10",
        1, 0, null);
    ticket(B, C2, "2026-02-27T02:00:00Z", "2026-03-02T03:00:00Z", "RESOLVED", true, "2026-03-06",
        0, 0, null);
    // Waiting for the citizen past its due date: open, but its clock is paused.
    ticket(B, C2, "2026-03-16T02:00:00Z", null, "WAITING_FOR_CITIZEN", null, "2026-03-20", 0, 0,
        null);
    // 1 April 01:00 in Vietnam: April's, not March's.
    ticket(B, C2, "2026-03-31T18:00:00Z", null, "ROUTED", null, "2026-04-15", 0, 0, null);
    rollup.recount(MARCH);
  }

  long ticket(String agency, String commune, String received, String resolved, String status,
      Boolean onTime, String due, int ratings, int satisfied, Long duplicateOf) throws Exception {
    int n = codes.incrementAndGet();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO ticket (tracking_code, intake_id,"
            + " kind, category_code, commune_code, latitude, longitude, address, description,"
            + " citizen_id, channel, status, agency_code, clock_code, received_at,"
            + " first_response_due, due_date, created_at, updated_at, resolved_at, on_time,"
            + " ratings, ratings_satisfied, duplicate_of_id)"
            + " VALUES (?, ?, 'REPORT', 'STREET_LIGHT', ?, 10.535123, 106.413456, ?, ?, ?, 'WEB', ?,"
            + " ?, 'PAKN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      Instant at = Instant.parse(received);
      s.setString(1, String.format("FIGTEST%03d", n));
      s.setString(2, "fig-intake-" + n);
      s.setString(3, commune);
      s.setString(4, SECRET_ADDRESS);
      s.setString(5, "Tôi là " + SECRET_NAME + ", điện thoại " + SECRET_PHONE + ", e-mail "
          + SECRET_EMAIL + ", nhà " + SECRET_ADDRESS + ": đèn đường tắt.");
      s.setLong(6, citizen);
      s.setString(7, status);
      s.setString(8, agency);
      s.setObject(9, UtcTime.column(at));
      s.setObject(10, LocalDate.parse(due));
      s.setObject(11, LocalDate.parse(due));
      s.setObject(12, UtcTime.column(at));
      s.setObject(13, UtcTime.column(at));
      s.setObject(14, resolved == null ? null : UtcTime.column(Instant.parse(resolved)));
      s.setObject(15, onTime);
      s.setInt(16, ratings);
      s.setInt(17, satisfied);
      s.setObject(18, duplicateOf);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  void timeline(long ticket, String type) throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO timeline_entry (ticket_id,"
            + " occurred_at, type, visibility, text_vi, text_en, actor)"
            + " VALUES (?, ?, ?, 'PUBLIC', 'x', 'x', 'test')")) {
      s.setLong(1, ticket);
      s.setObject(2, UtcTime.column(Instant.now()));
      s.setString(3, type);
      s.executeUpdate();
    }
  }

  MonthCounts row(YearMonth month, Scope scope, String code) throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM public_figure_month"
            + " WHERE figure_month = ? AND scope = ? AND scope_code = ?")) {
      s.setString(1, month.toString());
      s.setString(2, scope.name());
      s.setString(3, code);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), scope + " " + code + " has no row for " + month);
        return new MonthCounts(rs.getLong("received"), rs.getLong("resolved"),
            rs.getLong("resolved_on_time"), rs.getBigDecimal("median_days_to_resolve"),
            rs.getLong("tickets_rated"), rs.getLong("ratings"), rs.getLong("ratings_satisfied"),
            rs.getLong("reopened"), rs.getLong("open_backlog"), rs.getLong("overdue_backlog"));
      }
    }
  }

  static MonthCounts counts(long received, long resolved, long onTime, String median, long rated,
      long ratings, long satisfied, long reopened, long open, long overdue) {
    return new MonthCounts(received, resolved, onTime, median == null ? null
        : new BigDecimal(median), rated, ratings, satisfied, reopened, open, overdue);
  }

  @Test
  void eachAgencysMonthIsCountedAsTheDefinitionsSay() throws Exception {
    assertEquals(counts(6, 3, 2, "2.0", 2, 3, 2, 1, 3, 2), row(MARCH, Scope.AGENCY, A));
    assertEquals(counts(2, 2, 2, "0.5", 1, 1, 0, 0, 1, 0), row(MARCH, Scope.AGENCY, B));
  }

  @Test
  void eachCommunesMonthAndTheProvincesAddUp() throws Exception {
    assertEquals(counts(4, 2, 1, "5.5", 2, 3, 2, 1, 2, 1), row(MARCH, Scope.COMMUNE, C1));
    assertEquals(counts(4, 3, 3, "1.0", 1, 1, 0, 0, 2, 1), row(MARCH, Scope.COMMUNE, C2));
    assertEquals(counts(8, 5, 4, "2.0", 3, 4, 2, 1, 4, 2),
        row(MARCH, Scope.PROVINCE, Scope.PROVINCE_CODE));
  }

  @Test
  void aRecountReplacesTheMonthInsteadOfAddingToIt() throws Exception {
    rollup.recount(MARCH);
    assertEquals(counts(6, 3, 2, "2.0", 2, 3, 2, 1, 3, 2), row(MARCH, Scope.AGENCY, A));
  }

  @Test
  void theJsonsNumbersAreTheCsvsRowsAndTheCsvHoldsNoPersonalData() throws Exception {
    YearMonth last = YearMonth.now(Deadlines.PROVINCE_ZONE).minusMonths(1);
    String received = last.atDay(3) + "T02:00:00Z";
    String resolved = last.atDay(5) + "T03:00:00Z";
    String due = last.atDay(20).toString();
    ticket(A, C1, received, resolved, "RESOLVED", true, due, 1, 1, null);
    ticket(A, C2, received, null, "IN_PROGRESS", null, due, 0, 0, null);
    ticket(B, C2, received, resolved, "RESOLVED", false, due, 2, 1, null);
    rollup.recount(last);
    store.forget();

    JsonNode stats = json("/api/public/stats");
    assertEquals(12, stats.path("months").size());
    assertEquals(last.toString(), stats.path("months").get(10).asText());
    assertTrue(stats.path("licence").asText().contains("CC BY 4.0"));
    JsonNode province = stats.path("province").get(10);
    JsonNode agencyA = figuresOf(stats.path("agencies"), A).get(10);
    assertEquals(0.5, province.path("onTimeRate").asDouble());
    assertEquals(1.0, agencyA.path("onTimeRate").asDouble());
    assertEquals(2.0 / 3, province.path("satisfaction").asDouble(), 0.0001);
    assertTrue(province.path("reopenRate").isNumber());
    // A month with nothing resolved: rates are null, never NaN.
    JsonNode empty = stats.path("province").get(0);
    assertTrue(empty.path("onTimeRate").isNull());
    assertTrue(empty.path("medianWorkingDaysToResolve").isNull());
    assertEquals(Definitions.ALL.size(), stats.path("definitions").size());

    HttpResponse<byte[]> response = http.toBlocking().exchange(
        HttpRequest.GET("/api/public/stats/tickets.csv?month=" + last), byte[].class);
    assertTrue(response.header("Content-Disposition").contains("CC-BY-4.0"));
    byte[] bytes = response.body();
    assertEquals((byte) 0xEF, bytes[0]);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = parseCsv(csv);
    assertEquals(OpenData.COLUMNS.stream().map(OpenData.Column::name).toList(), rows.get(0));
    List<List<String>> data = rows.subList(1, rows.size());
    int agencyColumn = rows.get(0).indexOf("agency_code");
    int onTimeColumn = rows.get(0).indexOf("on_time");
    assertEquals(province.path("received").asLong(), data.size());
    assertEquals(agencyA.path("received").asLong(),
        data.stream().filter(r -> r.get(agencyColumn).equals(A)).count());
    assertEquals(province.path("resolvedOnTime").asLong(),
        data.stream().filter(r -> r.get(onTimeColumn).equals("true")).count());
    for (String secret : List.of(SECRET_NAME, SECRET_PHONE, SECRET_EMAIL, SECRET_ADDRESS,
        "Bí Mật", "10.535", "106.413", "đèn đường tắt")) {
      assertFalse(csv.contains(secret), "the CSV holds " + secret);
    }

    JsonNode agency = json("/api/public/stats/agencies/" + A);
    assertEquals(A, agency.path("code").asText());
    assertEquals(agencyA, agency.path("months").get(10));
    JsonNode commune = json("/api/public/stats/communes/" + C2 + "?months=3");
    assertEquals(3, commune.path("months").size());
    assertEquals(last.toString(), commune.path("months").get(1).path("month").asText());
    assertEquals(2, commune.path("months").get(1).path("received").asLong());

    String svg = http.toBlocking().retrieve("/api/public/stats/chart.svg?scope=agency&code=" + A
        + "&measure=onTimeRate");
    assertTrue(svg.startsWith("<svg"));
    assertTrue(svg.contains("role=\"img\""));
    assertTrue(svg.contains(last + ": 100%"), svg);
  }

  @Test
  void badParametersGetABilingual400AndAnUnknownAgencyA404() {
    for (String path : List.of("/api/public/stats?months=0", "/api/public/stats?months=25",
        "/api/public/stats?months=abc", "/api/public/stats/agencies/" + A + "?months=-1",
        "/api/public/stats/tickets.csv", "/api/public/stats/tickets.csv?month=2026-13",
        "/api/public/stats/tickets.csv?month=3000-01", "/api/public/stats/tickets.csv?month=x",
        "/api/public/stats/chart.svg?measure=bogus", "/api/public/stats/chart.svg?scope=world",
        "/api/public/stats/chart.svg?scope=agency", "/api/public/stats/agencies/a%2Ab",
        "/api/public/stats/communes/" + "x".repeat(41))) {
      refused(path, 400, "VALIDATION_FAILED");
    }
    refused("/api/public/stats/agencies/NOPE", 404, "AGENCY_NOT_FOUND");
    refused("/api/public/stats/communes/NOPE", 404, "COMMUNE_NOT_FOUND");
  }

  @Test
  void theDictionaryNamesEveryCsvColumnAndTheLicence() {
    JsonNode d = json("/api/public/stats/dictionary");
    assertTrue(d.path("licence").asText().contains("CC BY 4.0"));
    assertEquals(OpenData.COLUMNS.size(), d.path("columns").size());
    for (JsonNode column : d.path("columns")) {
      assertFalse(column.path("meaning").asText().isBlank());
      assertFalse(column.path("meaningEn").asText().isBlank());
    }
  }

  void refused(String path, int status, String error) {
    try {
      http.toBlocking().exchange(HttpRequest.GET(path), String.class);
      throw new AssertionError(path + " was not refused");
    } catch (HttpClientResponseException e) {
      assertEquals(status, e.getStatus().getCode(), path);
      JsonNode body = ContractJson.read(
          e.getResponse().getBody(String.class).orElseThrow().getBytes(StandardCharsets.UTF_8),
          JsonNode.class);
      assertEquals(error, body.path("error").asText(), path);
      assertFalse(body.path("message").asText().isBlank(), path);
      assertFalse(body.path("messageEn").asText().isBlank(), path);
    }
  }

  JsonNode json(String path) {
    String body = http.toBlocking().retrieve(path);
    return ContractJson.read(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
  }

  static JsonNode figuresOf(JsonNode list, String code) {
    for (JsonNode item : list) {
      if (item.path("code").asText().equals(code)) {
        return item.path("months");
      }
    }
    throw new AssertionError("no " + code);
  }

  /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r') {
        continue;
      } else if (ch == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, "the CSV ends with a line break");
    return rows;
  }
}
