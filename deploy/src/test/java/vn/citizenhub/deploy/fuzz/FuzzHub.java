package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.awaitility.core.ConditionTimeoutException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.citizenhub.channel.zalo.FakeZalo;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The whole hub as the fuzz suite attacks it: every channel on one port over the shared Kafka
 * broker and a fresh MariaDB database, Zalo faked, the phone system's secret set, two staff
 * accounts. One per fuzz class: started in its {@code @BeforeAll} and closed at the end of its
 * {@code @AfterAll} (the classes run one after another), so that its Kafka consumers have left
 * the group before the next test starts a hub of its own.
 */
final class FuzzHub implements AutoCloseable {

  static final String ZALO_APP_ID = "1760000000000000901";
  static final String ZALO_OA_ID = "2420000000000000902";
  static final String ZALO_SECRET = "fuzz-oa-secret-key";
  static final String HOTLINE_SECRET = "tong-dai-1022-khoa-ky-fuzz-0123456789";
  static final String OFFICER = "fuzz.canbo";
  static final String COORDINATOR = "fuzz.dieuphoi";
  /** The administrator who edits agencies' published contacts (AgencyContactFuzzTest). */
  static final String ADMINISTRATOR = "fuzz.quantri";
  /** The account whose sign-in is fuzzed: wrong passwords lock it, and locking ends sessions. */
  static final String SIGN_IN_TARGET = "fuzz.dangnhap";
  static final String PASSWORD = "mật-khẩu-fuzz-7q";
  /** Phường Kiến Tường's People's Committee: where an ordinary road report is routed. */
  static final String AGENCY = "UBND-27787";

  private static final AtomicLong FRESH = new AtomicLong(System.nanoTime());

  final FakeZalo zalo = new FakeZalo();
  final EmbeddedServer server;
  final SqlProbe db;
  final Http http;
  /** The attachment folder of this hub: what a refused report must leave untouched. */
  final Path attachments;

  private FuzzHub(String family) {
    try {
      attachments = Files.createTempDirectory("fuzz-attachments");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = ApplicationContext.run(EmbeddedServer.class, properties(family), Environment.TEST);
    db = new SqlProbe(server.getApplicationContext().getBean(JdbcDatabase.class).pool());
    http = new Http(server.getURL().toString());
  }

  /**
   * The intake rows a channel kept for citizens: not the delivery reports of its notices, which
   * it keeps in the same table at any time (also for notices an earlier test's hub left on the
   * broker), so a report refused while one is written still stored nothing.
   */
  long intakeRows(Channel channel) {
    return db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE channel = ?"
        + " AND (idempotency_key IS NULL OR idempotency_key NOT LIKE ?)", channel.name(),
        DeliveryReport.KEY_PREFIX + "%");
  }

  /** A hub for one fuzz class; the class closes it when its tests are done. */
  static FuzzHub start() {
    return start("all");
  }

  private static FuzzHub start(String family) {
    FuzzHub hub = new FuzzHub(family);
    try {
      hub.createStaff();
    } catch (SQLException e) {
      hub.close();
      throw new IllegalStateException(e);
    }
    return hub;
  }

  private Map<String, Object> properties(String family) {
    Map<String, Object> p = new HashMap<>(HubTestProperties.realServices("fuzz_" + family));
    p.put("micronaut.server.port", "-1");
    String at = "hub.zalo.oas.tayninh.";
    p.put(at + "app-id", ZALO_APP_ID);
    p.put(at + "oa-id", ZALO_OA_ID);
    p.put(at + "oa-secret-key", ZALO_SECRET);
    p.put(at + "app-secret", FakeZalo.APP_SECRET);
    p.put(at + "api-base-url", zalo.url());
    p.put(at + "oauth-base-url", zalo.url());
    p.put(at + "initial-refresh-token", "refresh-0");
    p.put("hub.zalo.poll-interval", "100ms");
    p.put("hub.zalo.retry-backoff", "20ms");
    p.put("hub.zalo.reply-retry-base", "200ms");
    p.put("hub.notify.retry-base", "200ms");
    p.put("hub.workspace.sweep.enabled", "false");
    p.put("hub.attachments.folder", attachments.toString());
    p.put("hub.hotline.events.secret", HOTLINE_SECRET);
    // The suite fuzzes what is sent, not how often: one client sends it all, so the limits per
    // client address, citizen and username (tested on their own) would refuse most of it.
    p.put("hub.web.rate-limit.enabled", "false");
    p.put("hub.public-api.rate-limit.per-minute", "1000000000");
    p.put("hub.public-api.rate-limit.burst", "1000000");
    p.put("hub.open311.reads-per-minute", "1000000000");
    p.put("hub.zalo.reports-per-user", "1000000000");
    p.put("hub.staff.sign-in.per-address-limit", "1000000000");
    p.put("hub.staff.sign-in.per-username-limit", "1000000000");
    try {
      p.put("hub.zalo.media-dir", Files.createTempDirectory("fuzz-zalo-media").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private void createStaff() throws SQLException {
    var context = server.getApplicationContext();
    StaffAccounts accounts = context.getBean(StaffAccounts.class);
    PasswordHasher hasher = context.getBean(PasswordHasher.class);
    String hash = hasher.hash(PASSWORD);
    accounts.create(OFFICER, "Cán bộ phường Kiến Tường", StaffRole.AGENCY_OFFICER, AGENCY, hash,
        Instant.now());
    accounts.create(COORDINATOR, "Điều phối viên tỉnh", StaffRole.COORDINATOR, null, hash,
        Instant.now());
    accounts.create(ADMINISTRATOR, "Quản trị hệ thống", StaffRole.ADMINISTRATOR, null, hash,
        Instant.now());
    accounts.create(SIGN_IN_TARGET, "Điện thoại viên", StaffRole.HOTLINE_OPERATOR, null, hash,
        Instant.now());
  }

  String url() {
    return server.getURL().toString();
  }

  /** A value no other case has used: message ids, call ids, keys. */
  static long fresh() {
    return FRESH.incrementAndGet();
  }

  /** Whether a tracking code (as stored, without its dash) is a ticket. */
  boolean isTicket(String storedCode) {
    return db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", storedCode) == 1;
  }

  /** The tracking codes of every ticket stored. */
  Set<String> ticketCodes() throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Connection c = server.getApplicationContext().getBean(JdbcDatabase.class).pool()
            .getConnection();
        PreparedStatement s = c.prepareStatement("SELECT tracking_code FROM ticket");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  /**
   * The closing checks of every fuzz class: each code the hub gave (as stored, to the case it was
   * given for) becomes a ticket, and an ordinary report sent after the run is still routed.
   */
  void assertPromisesKept(Map<String, String> codesGiven, Tally tally) {
    try {
      await("every code given becomes a ticket").atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> ticketCodes().containsAll(codesGiven.keySet()));
    } catch (ConditionTimeoutException e) {
      Set<String> missing = new HashSet<>(codesGiven.keySet());
      try {
        missing.removeAll(ticketCodes());
      } catch (SQLException sql) {
        throw new IllegalStateException(sql);
      }
      tally.codesWithoutTicket(missing.size(), missing.stream().limit(3)
          .map(codesGiven::get).toList().toString());
    }
    try {
      assertAnOrdinaryReportIsStillRouted();
    } catch (ConditionTimeoutException e) {
      tally.stalledAfterRun(e);
    }
  }

  /**
   * The closing check of every fuzz class: an ordinary web report sent after everything the class
   * threw at the hub still becomes a routed ticket within seconds.
   */
  void assertAnOrdinaryReportIsStillRouted() {
    String code = await("an ordinary report after the fuzz run is accepted")
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> http.post("/api/web/reports", "application/json",
            OrdinaryReport.json().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Map.of()), a -> a.status() == 202).json().path("trackingCode").asText();
    String stored = TrackingCode.parse(code).orElseThrow().value();
    await("the ordinary report sent after the fuzz run is routed")
        .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?"
            + " AND status = 'ROUTED' AND agency_code = ?", stored, AGENCY) == 1);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
    zalo.close();
  }

  /** Plain HTTP as any client would send it; a request that gets no answer in time is a stall. */
  static final class Http {
    private final HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(String base) {
      this.base = base.replaceAll("/$", "");
    }

    Answer post(String path, String contentType, byte[] body, Map<String, String> headers) {
      return send("POST", path, contentType, body, headers);
    }

    Answer put(String path, String contentType, byte[] body, Map<String, String> headers) {
      return send("PUT", path, contentType, body, headers);
    }

    private Answer send(String method, String path, String contentType, byte[] body,
        Map<String, String> headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(base + path))
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      headers.forEach(request::header);
      return send(request);
    }

    Answer get(String pathAndQuery, Map<String, String> headers) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(java.net.URI.create(base + pathAndQuery)).GET();
      headers.forEach(request::header);
      return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response = client.send(
            request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
      } catch (java.net.http.HttpTimeoutException e) {
        return Answer.STALLED;
      } catch (IOException e) {
        // The server closed the connection without an answer: as bad as a stall for the sender.
        return new Answer(Answer.NO_ANSWER, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
