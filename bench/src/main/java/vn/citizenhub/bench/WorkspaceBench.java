package vn.citizenhub.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the agency workspace against a running hub-core on a generated database (see
 * {@link TicketGenerator}): signs in officers of the biggest agencies and of a middle-sized one,
 * and the coordinator; warms up; then replays inbox views, ticket pages and league tables from a
 * few concurrent clients, each waiting for its answer before the next request (the most the
 * machine can answer), and prints p50, p95, p99 and max per endpoint (and per inbox variant).
 * With {@code --rates}, it then sends a mix of the three at each given rate for
 * {@code --seconds}, as staff across a province would: see {@link OpenLoop}.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.WorkspaceBench --url http://127.0.0.1:38081 \
 *   --db jdbc:mysql://127.0.0.1:3306/bench1m_hub [--clients 4] [--inbox 2000] [--tickets 2000]
 *   [--league 50] [--warmup 400]
 * </pre>
 */
public final class WorkspaceBench {

  private WorkspaceBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = LoadDriver.Args.parse(args);
    StaffClient client = new StaffClient(URI.create(a.getOrDefault("url",
        "http://127.0.0.1:38081")));
    int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "400"));
    SplittableRandom random = new SplittableRandom(Long.parseLong(a.getOrDefault("seed", "7")));

    List<WorkspaceRequests.Officer> officers = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(
        a.getOrDefault("db", "jdbc:mysql://127.0.0.1:3306/bench1m_hub"),
        a.getOrDefault("user", "root"), a.getOrDefault("password", ""))) {
      for (String agency : chooseAgencies(c, Integer.parseInt(a.getOrDefault("agencies", "4")))) {
        officers.add(new WorkspaceRequests.Officer(agency,
            client.signIn(BenchStaff.officer(agency, 1), BenchStaff.PASSWORD),
            ticketIds(c, agency), categories(c, agency)));
        System.out.printf("officer of %s signed in (%,d tickets)%n", agency,
            officers.get(officers.size() - 1).ticketIds().length);
      }
    }
    WorkspaceRequests requests = new WorkspaceRequests(officers,
        client.signIn(BenchStaff.COORDINATOR, BenchStaff.PASSWORD));

    List<WorkspaceRequests.Request> warm = new ArrayList<>(requests.inbox(warmup, random));
    warm.addAll(requests.ticketPages(warmup, random));
    warm.addAll(requests.league(Math.max(2, warmup / 100)));
    Collections.shuffle(warm, new Random(random.nextLong()));
    long warmStart = System.nanoTime();
    run(client, warm, clients, new TreeMap<>());
    System.out.printf("warm-up: %d requests in %.1f s%n", warm.size(),
        (System.nanoTime() - warmStart) / 1e9);

    Map<String, Latencies> figures = new TreeMap<>();
    Map<String, AtomicInteger> errors = new TreeMap<>();
    measure(client, requests.inbox(Integer.parseInt(a.getOrDefault("inbox", "2000")), random),
        clients, figures, errors);
    measure(client, requests.ticketPages(Integer.parseInt(a.getOrDefault("tickets", "2000")),
        random), clients, figures, errors);
    measure(client, requests.league(Integer.parseInt(a.getOrDefault("league", "50"))),
        Integer.parseInt(a.getOrDefault("league-clients", Integer.toString(clients))), figures,
        errors);
    print(figures, errors, clients + " clients, each waiting for its answer");

    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    for (String rate : a.getOrDefault("rates", "").split(",")) {
      if (!rate.isBlank()) {
        Map<String, Latencies> atRate = new TreeMap<>();
        Map<String, AtomicInteger> errorsAtRate = new TreeMap<>();
        int perSecond = Integer.parseInt(rate.trim());
        List<WorkspaceRequests.Request> mix = requests.mix(perSecond * seconds, random);
        Map<String, AtomicInteger> failed = OpenLoop.run(client, mix, perSecond, atRate,
            random.nextLong());
        failed.forEach((k, v) -> errorsAtRate.put(k, v));
        print(atRate, errorsAtRate, perSecond + " requests/s arriving at random, for "
            + seconds + " s");
      }
    }
  }

  static void print(Map<String, Latencies> figures, Map<String, AtomicInteger> errors,
      String load) {
    System.out.printf("%n%-28s %8s %7s %8s %8s %8s %8s  (ms, %s)%n", "endpoint",
        "requests", "errors", "p50", "p95", "p99", "max", load);
    figures.forEach((name, l) -> System.out.printf("%-28s %8d %7d %8.1f %8.1f %8.1f %8.1f%n",
        name, l.count(), errors.getOrDefault(name, new AtomicInteger()).get(),
        l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99),
        l.percentileMillis(100)));
  }

  private static void measure(StaffClient client, List<WorkspaceRequests.Request> requests,
      int clients, Map<String, Latencies> figures, Map<String, AtomicInteger> errors)
      throws InterruptedException {
    long start = System.nanoTime();
    Map<String, AtomicInteger> failed = run(client, requests, clients, figures);
    failed.forEach((k, v) -> errors.computeIfAbsent(k, x -> new AtomicInteger()).addAndGet(v.get()));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d requests in %.1f s (%.0f/s)%n", requests.get(0).endpoint(),
        requests.size(), seconds, requests.size() / seconds);
  }

  /** Closed loop: each client sends its next request once the previous answer is in. */
  private static Map<String, AtomicInteger> run(StaffClient client,
      List<WorkspaceRequests.Request> requests, int clients, Map<String, Latencies> figures)
      throws InterruptedException {
    prepare(requests, figures);
    Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread thread = new Thread(() -> {
        for (int n = next.getAndIncrement(); n < requests.size(); n = next.getAndIncrement()) {
          send(client, requests.get(n), System.nanoTime(), figures, failed);
        }
      }, "bench-client-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return failed;
  }

  static void prepare(List<WorkspaceRequests.Request> requests, Map<String, Latencies> figures) {
    for (WorkspaceRequests.Request r : requests) {
      figures.computeIfAbsent(r.endpoint(), k -> new Latencies());
      if ("inbox".equals(r.endpoint())) {
        figures.computeIfAbsent("inbox: " + r.variant(), k -> new Latencies());
      }
    }
  }

  /**
   * Sends one request and records its latency from {@code since} (when it was sent, or when it
   * was due) under its endpoint and, for the inbox, its variant; anything but a 200 is an error.
   */
  static void send(StaffClient client, WorkspaceRequests.Request r, long since,
      Map<String, Latencies> figures, Map<String, AtomicInteger> failed) {
    int status;
    try {
      status = client.get(r.path(), r.token());
    } catch (Exception e) {
      status = -1;
    }
    long nanos = System.nanoTime() - since;
    if (status != 200) {
      failed.computeIfAbsent(r.endpoint(), k -> new AtomicInteger()).incrementAndGet();
    }
    figures.get(r.endpoint()).add(nanos);
    if ("inbox".equals(r.endpoint())) {
      figures.get("inbox: " + r.variant()).add(nanos);
    }
  }

  /** The biggest agencies by open tickets (the heaviest inboxes), then one of middle size. */
  private static List<String> chooseAgencies(Connection c, int count) throws SQLException {
    List<String> bySize = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT agency_code FROM ticket WHERE agency_code IS NOT NULL"
            + " AND status IN ('ROUTED', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN',"
            + " 'REOPENED') GROUP BY agency_code ORDER BY COUNT(*) DESC")) {
      while (rs.next()) {
        bySize.add(rs.getString(1));
      }
    }
    List<String> chosen = new ArrayList<>(bySize.subList(0, Math.min(count - 1, bySize.size())));
    if (bySize.size() > count) {
      chosen.add(bySize.get(bySize.size() / 2));
    }
    return chosen;
  }

  private static long[] ticketIds(Connection c, String agency) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM ticket WHERE agency_code = ?")) {
      s.setString(1, agency);
      try (ResultSet rs = s.executeQuery()) {
        List<Long> ids = new ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
      }
    }
  }

  /** The categories the routing rules send to the agency; every category when none does. */
  private static List<String> categories(Connection c, String agency) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT DISTINCT category_code FROM routing_rule WHERE agency_code = ?")) {
      s.setString(1, agency);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    if (found.isEmpty()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT code FROM category")) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }
}
