package vn.citizenhub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the province's public record against a running hub-core on a generated database (see
 * {@link TicketGenerator}), as citizens load it: the figures (the figures page's JSON, an
 * agency's and a commune's months, a chart) and the search box (folded words, typos, a tracking
 * code, a filter). Each family arrives at its own steady rate ({@link OpenLoop}, latency from
 * when each request was due) after a warm-up, and p50/p95/p99/max are printed per endpoint.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.PublicRecordBench --url http://127.0.0.1:38081 \
 *   --db jdbc:mysql://127.0.0.1:3316/bench1m_hub [--rates 30] [--seconds 60] [--warmup 300]
 * </pre>
 */
public final class PublicRecordBench {

  /** What citizens type: folded, with diacritics, with a typo, a place, a phrase. */
  static final List<String> QUERIES = List.of("duong ngap tan an", "den duong", "đèn đườg",
      "rác thải", "rac thai long an", "ngap nuoc", "o ga", "tieng on ban dem", "cay xanh do",
      "thu tuc giay phep xay dung", "tan an", "nuoc sach", "ổ gà đường", "khong co tu nay");

  private PublicRecordBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = LoadDriver.Args.parse(args);
    StaffClient client = new StaffClient(URI.create(a.getOrDefault("url",
        "http://127.0.0.1:38081")));
    SplittableRandom random = new SplittableRandom(Long.parseLong(a.getOrDefault("seed", "7")));
    List<String> agencies;
    List<String> communes;
    List<String> codes;
    try (Connection c = DriverManager.getConnection(
        a.getOrDefault("db", "jdbc:mysql://127.0.0.1:3316/bench1m_hub"),
        a.getOrDefault("user", "root"), a.getOrDefault("password", ""))) {
      agencies = column(c, "SELECT code FROM agency");
      communes = column(c, "SELECT DISTINCT commune_code FROM agency WHERE commune_code IS NOT NULL");
      codes = column(c, "SELECT tracking_code FROM ticket ORDER BY id DESC LIMIT 2000");
    }
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "300"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    for (String family : List.of("figures", "search")) {
      List<WorkspaceRequests.Request> warm = requests(family, warmup, random, agencies, communes,
          codes);
      OpenLoop.run(client, warm, 50, new TreeMap<>(), random.nextLong());
      for (String rate : a.getOrDefault("rates", "30").split(",")) {
        int perSecond = Integer.parseInt(rate.trim());
        Map<String, Latencies> figures = new TreeMap<>();
        Map<String, AtomicInteger> failed = OpenLoop.run(client, requests(family,
            perSecond * seconds, random, agencies, communes, codes), perSecond, figures,
            random.nextLong());
        WorkspaceBench.print(figures, failed, family + ", " + perSecond + " requests/s arriving at random, for "
            + seconds + " s");
      }
    }
  }

  static List<WorkspaceRequests.Request> requests(String family, int count,
      SplittableRandom random, List<String> agencies, List<String> communes,
      List<String> codes) {
    List<WorkspaceRequests.Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add("figures".equals(family) ? figure(random, agencies, communes)
          : search(random, agencies, communes, codes));
    }
    return requests;
  }

  /** The figures page's data, an agency's page data, a commune's, and a chart, in that measure. */
  private static WorkspaceRequests.Request figure(SplittableRandom random, List<String> agencies,
      List<String> communes) {
    String agency = agencies.get(random.nextInt(agencies.size()));
    return switch (random.nextInt(4)) {
      case 0 -> request("figures: province", "/api/public/stats");
      case 1 -> request("figures: agency", "/api/public/stats/agencies/" + agency);
      case 2 -> request("figures: commune", "/api/public/stats/communes/"
          + communes.get(random.nextInt(communes.size())));
      default -> request("figures: chart", "/api/public/stats/chart.svg?scope=agency&code="
          + agency + "&measure=" + (random.nextBoolean() ? "onTimeRate" : "satisfaction"));
    };
  }

  /** Words (with and without diacritics, with typos), a tracking code, words with a filter. */
  private static WorkspaceRequests.Request search(SplittableRandom random, List<String> agencies,
      List<String> communes, List<String> codes) {
    String q = QUERIES.get(random.nextInt(QUERIES.size()));
    return switch (random.nextInt(10)) {
      case 0 -> request("search: tracking code", "/api/public/search?q="
          + codes.get(random.nextInt(codes.size())));
      case 1, 2 -> request("search: filtered", "/api/public/search?q=" + encode(q)
          + (random.nextBoolean() ? "&commune=" + communes.get(random.nextInt(communes.size()))
              : "&agency=" + agencies.get(random.nextInt(agencies.size()))));
      default -> request("search: words", "/api/public/search?q=" + encode(q));
    };
  }

  private static WorkspaceRequests.Request request(String endpoint, String path) {
    return new WorkspaceRequests.Request(endpoint, "", path, null);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
