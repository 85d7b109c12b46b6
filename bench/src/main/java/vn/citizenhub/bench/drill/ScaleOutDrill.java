package vn.citizenhub.bench.drill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.citizenhub.bench.LoadDriver;
import vn.citizenhub.bench.ReportFlood;
import vn.citizenhub.bench.drill.InstanceLog.Processed;
import vn.citizenhub.bench.drill.Recovery.Incident;

/**
 * The scale-out drill's driver; {@code bench/drill.sh} starts the brokers and services, then
 * this. It posts a steady stream of reports to channel-web, kills the first hub-core instance with
 * SIGKILL once every instance has processed reports, later kills one Kafka broker the same way,
 * keeps posting, and finally checks in hub-core's database that every accepted report became
 * exactly one ticket ({@link DrillReport}). Exit status 1 when it did not.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.drill.ScaleOutDrill --url http://127.0.0.1:28083
 *   --kafka 127.0.0.1:29092,... --db jdbc:mysql://127.0.0.1:3306/drill_hub
 *   --core-pids 101,102 --core-logs core-1.log,core-2.log --broker-pids 201,202,203
 *   [--rate 150 --seconds 120 --kill-core-at 60 --kill-broker-at 90 --kill-broker follower]
 * </pre>
 */
public final class ScaleOutDrill {

  private final Map<String, String> a;
  private final Admin admin;
  private final long wallStart = System.currentTimeMillis();
  private final long nanoStart = System.nanoTime();

  private ScaleOutDrill(Map<String, String> args, Admin admin) {
    this.a = args;
    this.admin = admin;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = LoadDriver.Args.parse(args);
    Properties adminSettings = new Properties();
    adminSettings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, a.get("kafka"));
    boolean passed;
    // Opened and used before the stream: a first admin request on a busy machine takes seconds,
    // which would push the broker kill later than planned.
    try (Admin admin = Admin.create(adminSettings)) {
      controllerLeader(admin);
      passed = new ScaleOutDrill(a, admin).run();
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    int rate = number("rate", 150);
    int seconds = number("seconds", 120);
    List<InstanceLog> coreLogs = new ArrayList<>();
    String[] logs = a.get("core-logs").split(",");
    for (int i = 0; i < logs.length; i++) {
      coreLogs.add(new InstanceLog("hub-core-" + (i + 1), Path.of(logs[i])));
    }
    TicketLedger ledger = new TicketLedger(a.get("db"), a.getOrDefault("db-user", "root"),
        a.getOrDefault("db-password", ""));

    Map<String, Long> postedAtNanos = new ConcurrentHashMap<>();
    ReportFlood flood = new ReportFlood(a.getOrDefault("url", "http://127.0.0.1:28083"),
        number("connections", 200), postedAtNanos);
    AtomicInteger offered = new AtomicInteger();
    Thread stream = new Thread(() -> {
      try {
        offered.set(flood.run(rate, seconds));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "drill-stream");
    say("controller leader: broker %d", controllerLeader(admin));
    say("posting %d reports/s for %d s to channel-web", rate, seconds);
    stream.start();

    List<Incident> incidents = new ArrayList<>();
    sleepUntil(number("kill-core-at", 60));
    Map<String, Processed> beforeKill = killFirstInstance(pids("core-pids"), coreLogs, incidents);
    sleepUntil(number("kill-broker-at", 90));
    killOneBroker(pids("broker-pids"), a.getOrDefault("kill-broker", "follower"), incidents);

    stream.join();
    Map<String, Long> acceptedAt = new HashMap<>();
    postedAtNanos.forEach((code, due) -> acceptedAt.put(code, wallClock(due)));
    say("stream done: %d sent, %d accepted; waiting for their tickets", offered.get(),
        acceptedAt.size());
    DrillTally tally = awaitTickets(ledger, acceptedAt, number("drain-seconds", 120));

    DrillReport report = new DrillReport(offered.get(), flood, tally, ledger.duplicates(),
        beforeKill, coreLogs.get(1).processed(), incidents, acceptedAt,
        number("held-up-ms", 2000), wallStart);
    report.print(System.out);
    return report.passed();
  }

  /**
   * Kills the first hub-core instance once every instance has committed tickets (or 30 s later);
   * what each had processed at that moment.
   */
  private Map<String, Processed> killFirstInstance(List<Long> pids, List<InstanceLog> logs,
      List<Incident> incidents) throws Exception {
    awaitEveryInstanceProcessed(logs, 30);
    Map<String, Processed> beforeKill = new HashMap<>();
    logs.forEach(log -> beforeKill.put(log.name(), log.processed()));
    InstanceLog victim = logs.get(0);
    sigkill(pids.get(0));
    incidents.add(new Incident("SIGKILL " + victim.name(), System.currentTimeMillis()));
    // The killed instance's log is final now: read it again for what it committed meanwhile.
    beforeKill.put(victim.name(), victim.processed());
    say("SIGKILL %s (pid %d); tickets made before the kill: %s", victim.name(), pids.get(0),
        logs.stream().map(log -> log.name() + " " + beforeKill.get(log.name()).tickets())
            .toList());
    return beforeKill;
  }

  /** Kills the broker the policy names; node ids are 1, 2, 3 in the order of {@code pids}. */
  private void killOneBroker(List<Long> pids, String policy, List<Incident> incidents)
      throws Exception {
    int leader = controllerLeader(admin);
    int victim = brokerToKill(policy, leader, pids.size());
    sigkill(pids.get(victim - 1));
    String role = victim == leader ? "the controller leader" : "a follower; leader was " + leader;
    incidents.add(new Incident("SIGKILL broker " + victim + " (" + role + ")",
        System.currentTimeMillis()));
    say("SIGKILL broker %d (pid %d, %s)", victim, pids.get(victim - 1), role);
  }

  /** Waits, at most {@code seconds}, until every instance's log shows committed tickets. */
  private void awaitEveryInstanceProcessed(List<InstanceLog> logs, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (logs.stream().anyMatch(log -> log.processed().tickets() == 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  private DrillTally awaitTickets(TicketLedger ledger, Map<String, Long> acceptedAt, int seconds)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    DrillTally tally = DrillTally.of(acceptedAt, ledger.tickets());
    while (!tally.lost().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      tally = DrillTally.of(acceptedAt, ledger.tickets());
    }
    say("%d of %d accepted reports are tickets", tally.ticketed(), tally.accepted());
    return tally;
  }

  /** The broker to kill: "follower" (the highest id not leading), "controller", or an id. */
  static int brokerToKill(String policy, int leader, int brokers) {
    return switch (policy) {
      case "controller" -> leader;
      case "follower" -> leader == brokers ? brokers - 1 : brokers;
      default -> Integer.parseInt(policy);
    };
  }

  private static int controllerLeader(Admin admin) throws Exception {
    return admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId();
  }

  /** SIGKILL, as a crash or an operator's kill -9: no shutdown hook, nothing flushed. */
  private static void sigkill(long pid) throws Exception {
    ProcessHandle process = ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException("no process " + pid + " to kill"));
    process.destroyForcibly();
    process.onExit().get(10, TimeUnit.SECONDS);
  }

  private long wallClock(long nanos) {
    return wallStart + (nanos - nanoStart) / 1_000_000;
  }

  private void sleepUntil(int secondsIntoDrill) throws InterruptedException {
    long wait = wallStart + secondsIntoDrill * 1000L - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private void say(String format, Object... args) {
    System.out.printf("[+%5.1f s] %s%n", (System.currentTimeMillis() - wallStart) / 1000.0,
        String.format(format, args));
  }

  private int number(String name, int fallback) {
    return a.containsKey(name) ? Integer.parseInt(a.get(name)) : fallback;
  }

  private List<Long> pids(String name) {
    return Arrays.stream(a.get(name).split(",")).map(Long::parseLong).toList();
  }
}
