package vn.citizenhub.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import vn.citizenhub.core.sla.CalendarFiles;
import vn.citizenhub.core.workspace.LeagueTally;
import vn.citizenhub.schema.ModuleSchema;

/**
 * Fills a hub-core database with a province's two years of tickets for the workspace benchmark:
 * citizens, staff accounts (see {@link BenchStaff}), tickets with their lifecycle columns and
 * timelines. Migrates the schema and the province's reference data first if needed (Flyway, as
 * hub-core does at start-up; {@code --province none} when they are loaded already). Writes
 * multi-row INSERTs from a few connections, each its own slice of ticket ids.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.TicketGenerator \
 *   --db jdbc:mysql://127.0.0.1:3306/bench1m_hub --tickets 1000000 [--citizens 300000]
 *   [--threads 2] [--batch 1000] [--timeline-share 1.0] [--seed N] [--province tay-ninh]
 * </pre>
 */
public final class TicketGenerator {

  private TicketGenerator() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = LoadDriver.Args.parse(args);
    String url = bulkUrl(a.getOrDefault("db", "jdbc:mysql://127.0.0.1:3306/bench1m_hub"));
    String user = a.getOrDefault("user", "root");
    String password = a.getOrDefault("password", "");
    int tickets = Integer.parseInt(a.getOrDefault("tickets", "1000000"));
    int citizens = Integer.parseInt(a.getOrDefault("citizens",
        Integer.toString(Math.max(1, tickets * 3 / 10))));
    int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    int batch = Integer.parseInt(a.getOrDefault("batch", "1000"));
    double timelineShare = Double.parseDouble(a.getOrDefault("timeline-share", "1.0"));
    long seed = Long.parseLong(a.getOrDefault("seed", "20261129"));

    MysqlDataSource dataSource = new MysqlDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    // As hub-core migrates at start-up: its schema, then a province's reference data.
    ModuleSchema.migrate(dataSource, "hub-core");
    String province = a.getOrDefault("province", "tay-ninh");
    if (!province.equals("none")) {
      ModuleSchema.migrate(dataSource, "province-" + province);
    }

    Instant now = Instant.now();
    BenchReference ref;
    Map<String, long[]> officers;
    long firstCitizen;
    long firstTicket;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      ref = BenchReference.read(c);
      officers = BenchStaff.ensure(c, ref);
      firstCitizen = nextId(c, "citizen");
      firstTicket = nextId(c, "ticket");
    }

    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      CitizenRows.insert(c, firstCitizen, citizens, seed, now);
    }
    double citizenSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("citizens: %,d in %.1f s (%,.0f rows/s)%n", citizens, citizenSeconds,
        citizens / citizenSeconds);

    var calendar = CalendarFiles.load(null);
    Instant[] received = SyntheticTickets.receivedTimes(tickets, now, new SplittableRandom(seed));
    AtomicLong ticketsDone = new AtomicLong();
    AtomicLong linesDone = new AtomicLong();
    long ticketStart = System.nanoTime();
    List<Thread> writers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    long perThread = (tickets + threads - 1) / threads;
    for (int w = 0; w < threads; w++) {
      long from = firstTicket + w * perThread;
      long to = Math.min(firstTicket + tickets, from + perThread);
      SplittableRandom random = new SplittableRandom(seed + 1 + w);
      SyntheticTickets factory = new SyntheticTickets(ref,
          new SyntheticLifecycle(ref, officers, calendar, now), firstCitizen, citizens);
      Thread writer = new Thread(() -> {
        try (Connection c = DriverManager.getConnection(url, user, password);
            TicketRows rows = new TicketRows(c)) {
          for (long id = from; id < to; id++) {
            SyntheticTicket t = factory.next(id, received[(int) (id - firstTicket)], random);
            linesDone.addAndGet(rows.add(t, random.nextDouble() < timelineShare));
            if (rows.pendingTickets() >= batch) {
              rows.flush();
              ticketsDone.addAndGet(batch);
            }
          }
          ticketsDone.addAndGet(rows.pendingTickets());
          rows.flush();
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "ticket-writer-" + w);
      writers.add(writer);
      writer.start();
    }
    Thread progress = new Thread(() -> report(ticketsDone, linesDone, ticketStart, tickets),
        "progress");
    progress.setDaemon(true);
    progress.start();
    for (Thread writer : writers) {
      writer.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a writer failed", failures.get(0));
    }
    double ticketSeconds = (System.nanoTime() - ticketStart) / 1e9;
    System.out.printf("tickets: %,d in %.1f s (%,.0f tickets/s), timeline rows: %,d (%,.0f"
            + " rows/s), %,.0f rows/s in all%n", ticketsDone.get(), ticketSeconds,
        ticketsDone.get() / ticketSeconds, linesDone.get(), linesDone.get() / ticketSeconds,
        (ticketsDone.get() + linesDone.get()) / ticketSeconds);

    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      // Fresh index statistics after a bulk load, as an operator would after an import.
      s.execute("ANALYZE TABLE ticket, timeline_entry, citizen");
      // The tickets were written around the lifecycle, so the league's answer tally is counted
      // once from them, as after any bulk import.
      LeagueTally.recount(c);
      GeneratedMix.print(c);
    }
    System.out.printf("generation took %.1f s in all%n", (System.nanoTime() - start) / 1e9);
  }

  private static void report(AtomicLong tickets, AtomicLong lines, long start, int target) {
    while (true) {
      try {
        Thread.sleep(15_000);
      } catch (InterruptedException e) {
        return;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("  ... %,d of %,d tickets, %,d timeline rows, %.0f s (%,.0f tickets/s)%n",
          tickets.get(), target, lines.get(), seconds, tickets.get() / seconds);
    }
  }

  private static long nextId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The database URL with client-side batch rewriting (multi-row INSERTs) and client-side
   * prepared statements, whatever the caller's URL said about them.
   */
  static String bulkUrl(String url) {
    int q = url.indexOf('?');
    StringBuilder kept = new StringBuilder(q < 0 ? url : url.substring(0, q)).append('?');
    if (q >= 0) {
      for (String param : url.substring(q + 1).split("&")) {
        String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
        if (!param.isBlank() && !name.equals("rewriteBatchedStatements")
            && !name.equals("useServerPrepStmts") && !name.equals("characterEncoding")) {
          kept.append(param).append('&');
        }
      }
    }
    return kept.append("rewriteBatchedStatements=true&useServerPrepStmts=false")
        .append("&characterEncoding=UTF-8").toString();
  }
}
