package vn.citizenhub.testsupport.channel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.support.TestPropertyProvider;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.notify.HandBack;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.testsupport.KafkaBrokerProcess;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestDatabase;
import vn.citizenhub.testsupport.TestKafka;

/**
 * The promises every channel keeps, written once; each channel is a short subclass (as
 * gruelbox/transaction-outbox's {@code AbstractAcceptanceTest} is per database).
 *
 * <ol>
 *   <li>Bad input is refused in Vietnamese and English (HTTP 400 where the edge is HTTP) and
 *       nothing is stored: no row in any of the channel's tables.
 *   <li>The same idempotency key twice gives the same tracking code and one intake on
 *       {@code hub.intake.v1} (one envelope id: hub-core makes one ticket of one envelope id).
 *   <li>With Kafka down the citizen still gets a code and "processing delayed"; once Kafka is
 *       back, exactly one intake with that code reaches the bus.
 *   <li>A notice for the channel is kept once, delivered once in its medium, and reported for the
 *       ticket's timeline as a delivery report.
 *   <li>A notice its medium refuses for good is handed back: to SMS when a phone is known (or,
 *       for the SMS channel itself, reported failed), never silently kept.
 * </ol>
 *
 * <p>Everything is real: the channel runs in its Micronaut context on a fresh MariaDB database
 * and on a Kafka broker this class owns ({@link KafkaBrokerProcess}, a child JVM), so it can kill
 * Kafka and start it again; only the outside medium is a fake, driven through the hooks.
 *
 * <h2>Subclassing</h2>
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)
 * class WebChannelContractTest extends ChannelContractTest {
 *   @Inject JdbcDatabase database;          // the channel's own
 *   @Inject @Client("/") HttpClient http;
 *
 *   protected Channel channel() { return Channel.WEB; }
 *   protected DataSource channelDatabase() { return database.pool(); }
 *   protected ChannelIntake submit(String key) { ... POST with Idempotency-Key: key ... }
 *   protected ChannelRefusal submitBadInput() { ... }
 *   protected void medium(Medium behaviour) { ... make the fake deliver or refuse ... }
 *   protected List<String> delivered(String recipient) { ... what the fake got ... }
 * }
 * }</pre>
 *
 * <p>Optional hooks: {@link #noticeRecipient()} (an identity the fake medium knows),
 * {@link #noticeContact} (the web adds an e-mail address), {@link #channelProperties()},
 * {@link #tablesARefusalMayChange()}, and {@link #ticketsWithCode} where hub-core runs in the same
 * context (then "exactly one ticket" is checked on hub-core's own table). Where the edge is not
 * HTTP, {@link #submitBadInput()} returns {@link ChannelRefusal#inMedium} with what the citizen
 * or operator was told; the "nothing stored" check is the same: every table of the channel's
 * database is counted before and after.
 *
 * Do not implement {@code TestPropertyProvider} again: put the channel's own settings (its fakes'
 * URLs, a {@code spec.name}) in {@link #channelProperties()}. The methods run in a fixed order
 * (bad input first, while the channel is quiet). A channel whose definition says it delivers no
 * notices (Open311) still runs the notice promises: hub-core hands its notices back before they
 * reach it, and the test checks the rule that decides that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ChannelContractTest implements TestPropertyProvider {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  private final KafkaBrokerProcess broker = KafkaBrokerProcess.create();
  private BusLog bus;

  // ---- hooks -------------------------------------------------------------------------------

  /** The channel under test. */
  protected abstract Channel channel();

  /** The channel's own database (its injected pool). */
  protected abstract DataSource channelDatabase();

  /**
   * Submits one new report through the channel's edge, as its citizen or operator would, with
   * {@code idempotencyKey} as the medium's own key (the web's {@code Idempotency-Key}, Zalo's
   * {@code msg_id}, the phone system's call id), and reads back what the citizen was told.
   */
  protected abstract ChannelIntake submit(String idempotencyKey) throws Exception;

  /** Submits input the channel must refuse, and reads back how it refused. */
  protected abstract ChannelRefusal submitBadInput() throws Exception;

  /**
   * Makes the channel's outside medium (its fake) deliver, or refuse for good. Every channel whose
   * definition says it delivers notices overrides it; one that delivers none need not.
   */
  protected void medium(Medium behaviour) throws Exception {
    throw new AssertionError(channel() + " delivers notices: override medium(Medium)");
  }

  /**
   * The texts the outside medium was given for {@code recipientIdentity}, oldest first (what the
   * citizen would read). Overridden as {@link #medium} is.
   */
  protected List<String> delivered(String recipientIdentity) throws Exception {
    throw new AssertionError(channel() + " delivers notices: override delivered(String)");
  }

  /** A citizen identity on this channel that the medium can reach. */
  protected String noticeRecipient() {
    return channel().identity("contract-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /**
   * How else the citizen can be reached, as hub-core puts it on a notice: by default the phone
   * when the test gives one. A channel whose medium needs more (the web's e-mail address) adds it,
   * and may make the address one its fake refuses, after {@link #medium} said so.
   */
  protected Notification.Contact noticeContact(String recipient, String phone) {
    return phone == null ? null : new Notification.Contact(phone, null);
  }

  /**
   * The channel's own settings (fakes' URLs, {@code spec.name}); the contract sets Kafka and the
   * database itself, over anything given here.
   */
  protected Map<String, String> channelProperties() {
    return Map.of();
  }

  /**
   * Tables a refusal may write to by design (an abuse counter, an audit of refused calls); the
   * rest of the channel's tables must not change.
   */
  protected Set<String> tablesARefusalMayChange() {
    return Set.of();
  }

  /**
   * How many tickets carry {@code trackingCode}, where hub-core runs in the same context (the
   * all-in-one launcher); empty for a channel tested alone, where one envelope id is the promise.
   */
  protected OptionalLong ticketsWithCode(String trackingCode) {
    return OptionalLong.empty();
  }

  /** The broker the channel is pointed at, for a subclass that reads the bus itself. */
  protected final String kafkaBootstrapServers() {
    return broker.bootstrapServers();
  }

  // ---- set-up ------------------------------------------------------------------------------

  @Override
  public final Map<String, String> getProperties() {
    broker.start();
    TestKafka.createHubTopics(broker.bootstrapServers());
    bus = new BusLog(broker.bootstrapServers());
    Map<String, String> p = new HashMap<>();
    p.put("hub.notify.retry-base", "200ms");
    // A citizen facing a dead broker is told "delayed" within seconds.
    p.put("hub.intake-handoff.publish-wait", "3s");
    p.putAll(channelProperties());
    // The channel's Kafka and database are the contract's own, whatever the channel says.
    TestDatabase.Server db = TestDatabase.server();
    p.put("datasources.default.url", TestDatabase.freshDatabase(
        "contract_" + channel().name().toLowerCase(Locale.ROOT)));
    p.put("datasources.default.username", db.username());
    p.put("datasources.default.password", db.password());
    p.put("kafka.bootstrap.servers", broker.bootstrapServers());
    return p;
  }

  @AfterAll
  protected final void stopBroker() {
    broker.close();
  }

  // ---- the promises ------------------------------------------------------------------------

  @Test
  @Order(1)
  void badInputIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
    awaitNoPendingIntake();
    Map<String, Long> before = rowCounts();
    ChannelRefusal refusal = submitBadInput();
    if (refusal.httpStatus() != null) {
      assertEquals(400, refusal.httpStatus(), "an HTTP edge refuses bad input with 400");
    }
    assertVietnamese(refusal.messageVi());
    assertFalse(refusal.messageEn() == null || refusal.messageEn().isBlank(), "English too");
    assertNotEquals(refusal.messageVi(), refusal.messageEn());
    assertTrue(refusal.messageEn().matches("(?s).*[A-Za-z]{3,}.*"), refusal.messageEn());
    assertEquals(before, rowCounts(), "a refusal keeps nothing");
  }

  @Test
  @Order(2)
  void theSameKeyTwiceIsOneIntakeWithOneCode() throws Exception {
    String key = newKey();
    // Received, or (on a slow machine, Kafka answering late) received with processing delayed:
    // either is honest; the promise here is one intake for one key.
    ChannelIntake first = submit(key);
    String code = codeOf(first);
    ChannelIntake again = submit(key);
    assertEquals(code, codeOf(again), "a retry is answered with the first code");

    assertOneIntake(code);
  }

  @Test
  @Order(3)
  void withKafkaDownTheCitizenIsToldDelayedAndLaterExactlyOneIntakeArrives() throws Exception {
    broker.kill();
    ChannelIntake answer;
    try {
      answer = submit(newKey());
    } finally {
      broker.start();
    }
    assertEquals(ChannelIntake.Status.RECEIVED_PROCESSING_DELAYED, answer.status(),
        "told honestly that processing is delayed");
    String code = codeOf(answer);
    assertOneIntake(code);
    awaitNoPendingIntake();
    assertEquals(1, newReports(code).stream().map(IntakeEnvelope::id).distinct().count());
  }

  @Test
  @Order(4)
  void aNoticeIsKeptOnceDeliveredOnceAndReported() throws Exception {
    if (!channel().deliversNotices()) {
      assertHubCoreHandsItsNoticesBack();
      return;
    }
    medium(Medium.DELIVERS);
    String recipient = noticeRecipient();
    String marker = "HD-" + UUID.randomUUID().toString().substring(0, 8);
    Notification notice = notice(recipient, marker, null);
    Notification after = notice(recipient, "HD-" + UUID.randomUUID().toString().substring(0, 8),
        null);
    // Same key, same partition: once the later notice is settled the repeat was read too.
    bus.send(Topics.NOTIFY, recipient, notice);
    bus.send(Topics.NOTIFY, recipient, notice);
    bus.send(Topics.NOTIFY, recipient, after);
    await().atMost(WITHIN).until(() -> "SENT".equals(noticeState(notice.id()))
        && "SENT".equals(noticeState(after.id())));

    assertEquals(1, sql().count(
        "SELECT COUNT(*) FROM channel_notification WHERE notification_id = ?", notice.id()));
    assertEquals(1, delivered(recipient).stream().filter(t -> t.contains(marker)).count(),
        "delivered once in the medium");
    DeliveryReport report = awaitReport(notice.id());
    assertEquals(DeliveryReport.DeliveryStatus.SENT, report.status());
  }

  @Test
  @Order(5)
  void aNoticeTheMediumRefusesForGoodIsHandedBack() throws Exception {
    if (!channel().deliversNotices()) {
      assertHubCoreHandsItsNoticesBack();
      return;
    }
    String phone = "+8490" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    boolean isTheSmsChannel = Channel.handBackChannel().orElse(null) == channel();
    String expected = isTheSmsChannel ? "FAILED" : "HANDED_BACK";
    medium(Medium.FAILS_PERMANENTLY);
    String recipient = noticeRecipient();
    Notification notice = notice(recipient, "HD-" + UUID.randomUUID().toString().substring(0, 8),
        phone);
    try {
      bus.send(Topics.NOTIFY, recipient, notice);
      await().atMost(WITHIN).until(() -> expected.equals(noticeState(notice.id())));
    } finally {
      medium(Medium.DELIVERS);
    }
    DeliveryReport report = awaitReport(notice.id());
    assertEquals(DeliveryReport.DeliveryStatus.valueOf(expected), report.status());
    if (!isTheSmsChannel) {
      Notification sms = HandBack.bySms(notice).orElseThrow();
      await().atMost(WITHIN).until(() -> bus.readAll(Topics.NOTIFY, Notification.class).stream()
          .anyMatch(n -> n.id().equals(sms.id())));
      Notification handedBack = bus.readAll(Topics.NOTIFY, Notification.class).stream()
          .filter(n -> n.id().equals(sms.id())).findFirst().orElseThrow();
      assertEquals(Channel.handBackChannel().orElseThrow(), handedBack.channel());
      assertEquals(Channel.handBackChannel().orElseThrow().identity(phone),
          handedBack.citizenIdentity());
      assertEquals(notice.messageVi(), handedBack.messageVi());
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  /**
   * For a channel that delivers no notices: hub-core, not the channel, hands them back, by the
   * rule checked here (SMS when a phone is known, else a note on the ticket's timeline).
   */
  private void assertHubCoreHandsItsNoticesBack() {
    Notification withPhone = new Notification(SchemaId.NOTIFICATION_V1, "n-1",
        NotificationKind.UPDATE, Instant.now(), channel(), channel().identity("x"),
        TrackingCode.generate(channel()).value(), "Đã giải quyết.", "Resolved.",
        new Notification.Contact("+84901234567", null));
    Optional<Notification> sms = HandBack.bySms(withPhone);
    assertEquals(Channel.handBackChannel(), sms.map(Notification::channel));
    assertEquals(Channel.handBackChannel().map(c -> c.identity("+84901234567")),
        sms.map(Notification::citizenIdentity));
  }

  /** A fresh key any medium takes as its own (Zalo's msg_id is letters and digits). */
  private static String newKey() {
    return "ct" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  private Notification notice(String recipient, String marker, String phone) {
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, Instant.now(), channel(), recipient,
        TrackingCode.generate(channel()).value(), "Phản ánh đã được giải quyết. " + marker,
        "The report was resolved. " + marker, noticeContact(recipient, phone));
  }

  private String codeOf(ChannelIntake answer) {
    String code = TrackingCode.parse(answer.trackingCode())
        .orElseThrow(() -> new AssertionError("not a tracking code: " + answer.trackingCode()))
        .value();
    assertEquals(channel().symbol(), code.charAt(0), "the code names its channel");
    String told = answer.told() == null ? "" : answer.told().replaceAll("[\\s-]", "")
        .toUpperCase(Locale.ROOT);
    assertTrue(told.contains(code), "the citizen is told the code: " + answer.told());
    return code;
  }

  private List<IntakeEnvelope> newReports(String code) {
    return bus.readAll(Topics.INTAKE, IntakeEnvelope.class).stream()
        .filter(e -> code.equals(e.trackingCode()) && e.payload() instanceof NewReport)
        .toList();
  }

  private void assertOneIntake(String code) {
    await().atMost(Duration.ofSeconds(90)).until(() -> !newReports(code).isEmpty());
    List<IntakeEnvelope> reports = newReports(code);
    assertEquals(1, reports.stream().map(IntakeEnvelope::id).distinct().count(),
        "one envelope id for one intake");
    assertEquals(channel(), reports.get(0).channel());
    OptionalLong tickets = ticketsWithCode(code);
    if (tickets.isPresent()) {
      await().atMost(Duration.ofSeconds(90)).until(() -> ticketsWithCode(code).getAsLong() >= 1);
      assertEquals(1, ticketsWithCode(code).getAsLong(), "exactly one ticket");
    }
  }

  private DeliveryReport awaitReport(String notificationId) {
    await().atMost(WITHIN).until(() -> !reportsOf(notificationId).isEmpty());
    List<DeliveryReport> reports = reportsOf(notificationId);
    assertEquals(1, reports.stream().distinct().count(), "one outcome per notice");
    return reports.get(0);
  }

  private List<DeliveryReport> reportsOf(String notificationId) {
    return bus.readAll(Topics.INTAKE, IntakeEnvelope.class).stream()
        .map(IntakeEnvelope::payload)
        .filter(p -> p instanceof DeliveryReport r && r.notificationId().equals(notificationId))
        .map(DeliveryReport.class::cast).toList();
  }

  private String noticeState(String id) {
    return sql().string("SELECT state FROM channel_notification WHERE notification_id = ?", id);
  }

  private void awaitNoPendingIntake() {
    await().atMost(Duration.ofSeconds(90)).until(() -> sql().count(
        "SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'PENDING'") == 0);
  }

  /** Rows in every table of the channel's database, but the schema history. */
  /**
   * Where hub-core shares the channel's database (the all-in-one launcher), its schedules rewrite
   * derived rows whatever a citizen sends: the public figures recount their months on start and
   * every minute, so their row count moves while the refusal is checked.
   */
  private static final Set<String> TABLES_A_SCHEDULE_REWRITES = Set.of("public_figure_month");

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : tables()) {
      if (!tablesARefusalMayChange().contains(table)
          && !TABLES_A_SCHEDULE_REWRITES.contains(table)) {
        counts.put(table, sql().count("SELECT COUNT(*) FROM `" + table + "`"));
      }
    }
    return counts;
  }

  private List<String> tables() {
    List<String> names = new java.util.ArrayList<>();
    try (var c = channelDatabase().getConnection();
        var s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
        var rs = s.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (!name.toLowerCase(Locale.ROOT).contains("schema_history")) {
          names.add(name);
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertFalse(names.isEmpty(), "the channel has tables to check");
    return names;
  }

  private SqlProbe sql() {
    return new SqlProbe(channelDatabase());
  }

  /** Vietnamese with its diacritics: some letter carries a mark, or is đ. */
  private static void assertVietnamese(String text) {
    assertFalse(text == null || text.isBlank(), "a Vietnamese message");
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertTrue(decomposed.matches("(?s).*[\\u0300-\\u036f].*") || text.matches("(?s).*[đĐ].*"),
        "Vietnamese with diacritics: " + text);
  }
}
