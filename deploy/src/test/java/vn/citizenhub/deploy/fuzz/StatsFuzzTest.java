package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public figures' and open data's parameters ({@code /api/public/stats?months=},
 * {@code /stats/agencies/{code}}, {@code /stats/communes/{code}},
 * {@code /stats/chart.svg?scope=&code=&measure=&months=}, {@code /stats/tickets.csv?month=}):
 * no server error, nothing stored, a bilingual 400 for what is wrong, and a 200 for what is right.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsFuzzTest {

  private static final Tally TALLY = new Tally("stats");
  private static final List<String> MEASURES = List.of("received", "resolved", "onTimeRate",
      "medianWorkingDaysToResolve", "satisfaction", "ratedShare", "reopenRate", "openBacklog",
      "overdueBacklog");
  private static final String COMMUNE = "27787";
  /** The oldest month the CSV is offered for (StatsController.OLDEST_MONTH). */
  private static final YearMonth OLDEST = YearMonth.of(2000, 1);
  private static FuzzHub hub;
  private long ticketsBefore;

  @BeforeAll
  void start() throws Exception {
    hub = FuzzHub.start();
    ticketsBefore = hub.db.count("SELECT COUNT(*) FROM ticket");
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  static String months(FuzzRandom r) {
    return r.frequency(weight(4, x -> null), weight(4, x -> Integer.toString(x.between(1, 24))),
        weight(2, x -> Integer.toString(x.between(-5, 40))), weight(2, Hostile::number),
        weight(3, Hostile::text));
  }

  /** Netty's longest request line, as the hub's servers keep it (4,096 bytes). */
  private static final int MAX_REQUEST_LINE = 4096;

  static StatsCase cases(FuzzRandom r) {
    String endpoint = r.oneOf("stats", "agency", "commune", "chart", "csv", "dictionary");
    boolean goodMonths = r.anyBoolean();
    String months = goodMonths ? r.oneOf(null, "1", "12", "24") : months(r);
    String code = r.frequency(weight(4, x -> x.oneOf(FuzzHub.AGENCY, COMMUNE)),
        weight(1, x -> x.oneOf("..", "../../etc/passwd", "%2e%2e%2f", "a/b", "x".repeat(41),
            "UBND-00000")),
        weight(4, Hostile::text));
    String scope = r.frequency(weight(4, x -> x.oneOf(null, "province", "agency", "commune")),
        weight(2, Hostile::text));
    String measure = r.frequency(weight(4, x -> x.oneOf(MEASURES.toArray(new String[0]))),
        weight(1, x -> null), weight(2, Hostile::text));
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String month = r.frequency(weight(4, x -> now.minusMonths(x.between(0, 12)).toString()),
        weight(1, x -> now.plusMonths(x.between(1, 30)).toString()),
        weight(1, x -> x.between(0, 9999) + "-" + x.between(-1, 14)),
        weight(3, Hostile::text), weight(1, x -> null));
    boolean monthsOk = months == null || months.matches("([1-9]|1[0-9]|2[0-4])");
    boolean valid = switch (endpoint) {
      case "stats" -> monthsOk;
      case "agency" -> monthsOk && FuzzHub.AGENCY.equals(code);
      case "commune" -> monthsOk && COMMUNE.equals(code);
      case "chart" -> monthsOk && (measure == null || MEASURES.contains(measure)) && (scope == null
          || scope.equals("province") || (scope.equals("agency") && FuzzHub.AGENCY.equals(code))
          || (scope.equals("commune") && COMMUNE.equals(code)));
      case "csv" -> month != null && month.matches("\\d{4}-(0[1-9]|1[0-2])")
          && !YearMonth.parse(month).isAfter(now) && !YearMonth.parse(month).isBefore(OLDEST);
      default -> true;
    };
    return new StatsCase(endpoint, code, months, scope, measure, month, valid);
  }

  @Test
  void theFiguresParametersNeverFailAndAreRefusedInBothLanguages() {
    FuzzCases.check("stats", FuzzCases.CASES, StatsFuzzTest::cases, this::ask);
  }

  private void ask(StatsCase c) {
    List<String> query = new ArrayList<>();
    String path = switch (c.endpoint()) {
      case "stats" -> "/api/public/stats";
      case "agency" -> "/api/public/stats/agencies/" + Url.segment(c.code());
      case "commune" -> "/api/public/stats/communes/" + Url.segment(c.code());
      case "chart" -> {
        add(query, "scope", c.scope());
        add(query, "code", c.code());
        add(query, "measure", c.measure());
        yield "/api/public/stats/chart.svg";
      }
      case "csv" -> {
        add(query, "month", c.month());
        yield "/api/public/stats/tickets.csv";
      }
      default -> "/api/public/stats/dictionary";
    };
    if (!c.endpoint().equals("csv") && !c.endpoint().equals("dictionary")) {
      add(query, "months", c.months());
    }
    String url = query.isEmpty() ? path : path + "?" + String.join("&", query);
    Answer answer = TALLY.answered(hub.http.get(url, Map.of()), c);
    // A parameter the endpoint ignores (a chart's code without its scope) still counts toward
    // the request line, which the server refuses past its limit whatever the request asks.
    boolean fits = ("GET " + url + " HTTP/1.1").length() <= MAX_REQUEST_LINE;
    if (!fits && answer.status() != 414) {
      throw new AssertionError("a URL over the request line's limit not refused with 414: " + c
          + " -> " + answer);
    }
    if (c.valid() && fits && answer.status() != 200) {
      throw new AssertionError("a valid request was not answered: " + c + " -> " + answer);
    }
    if (answer.status() == 400) {
      JsonNode error = answer.json();
      if (error.path("error").asText().isBlank() || error.path("message").asText().isBlank()
          || error.path("messageEn").asText().isBlank()) {
        throw new AssertionError("a refusal not in both languages: " + c + " -> " + answer);
      }
    }
    long tickets = hub.db.count("SELECT COUNT(*) FROM ticket");
    if (tickets != ticketsBefore) {
      TALLY.storedWhenRefused(c, answer, "a ticket");
    }
  }

  private static void add(List<String> query, String name, String value) {
    if (value != null) {
      query.add(name + "=" + Url.segment(value));
    }
  }
}
