package vn.citizenhub.channel.zalo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.channel.zalo.conversation.ConversationStep;
import vn.citizenhub.channel.zalo.conversation.Draft;
import vn.citizenhub.channel.zalo.conversation.ZaloIntake;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * A conversation step holds no row lock while it waits for Kafka (a report handed off) or for
 * hub-core (a tracking lookup): another connection takes the event's and the user's rows
 * {@code FOR UPDATE NOWAIT} meanwhile. A step whose replica dies after the hand-off is taken over
 * once its lease ends, and the citizen still gets one intake and one reply, in order.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloStepLocksTest implements TestPropertyProvider {

  private static final Pattern CODE =
      Pattern.compile("Mã tra cứu của bạn: ([A-Z0-9]{5}-[A-Z0-9]{5})");

  /**
   * The real hand-off (real Kafka, real table) with a probe around it, run by the replica's
   * conversation worker exactly where it waits for Kafka's acknowledgement.
   */
  @Singleton
  @Replaces(ZaloIntake.class)
  @Requires(property = "spec.name", value = "ZaloStepLocksTest")
  static class ProbedIntake extends ZaloIntake {

    /** What to do around one user's hand-off of a report. */
    interface Around {
      HandoffResult handOff(String userId, Supplier<HandoffResult> real);
    }

    volatile Around around = (userId, real) -> real.get();

    ProbedIntake(IntakeHandoff handoff) {
      super(handoff);
    }

    @Override
    public HandoffResult report(String userId, String phone, Draft draft, String consentVersion,
        String msgId, Instant now) {
      return around.handOff(userId,
          () -> super.report(userId, phone, draft, consentVersion, msgId, now));
    }
  }

  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();
  private Map<String, String> properties;

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject ZaloIntake intake;
  @Inject ConversationStep steps;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    properties = new HashMap<>(ZaloTestSetup.properties("zalo_step", zalo, core));
    // Short, so that a step whose replica "died" is taken over within the test.
    properties.put("hub.zalo.step-lease", "3s");
    Map<String, String> own = new HashMap<>(properties);
    own.put("spec.name", "ZaloStepLocksTest"); // the probe is this replica's only
    return own;
  }

  @BeforeAll
  void probe() {
    db = new SqlProbe(database.pool());
  }

  @AfterEach
  void noProbes() {
    probed().around = (userId, real) -> real.get();
    core.duringLookup = () -> {};
  }

  @AfterAll
  void stopFakes() {
    zalo.close();
    core.close();
  }

  private ProbedIntake probed() {
    return (ProbedIntake) intake;
  }

  private ZaloCitizen citizen(String baseUrl, String userId) {
    return userId == null
        ? new ZaloCitizen(baseUrl, ZaloTestSetup.APP_ID, ZaloTestSetup.OA_ID,
            ZaloTestSetup.OA_SECRET)
        : new ZaloCitizen(baseUrl, ZaloTestSetup.APP_ID, ZaloTestSetup.OA_ID,
            ZaloTestSetup.OA_SECRET, userId);
  }

  private String reply(ZaloCitizen c, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> zalo.textsTo(c.userId).size() >= count);
    return zalo.textsTo(c.userId).get(count - 1);
  }

  /** Description, address, category: the citizen is asked to consent (their third reply). */
  private void atConsent(ZaloCitizen c) throws Exception {
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(),
        "Nắp cống bị vỡ trước số 45 đường Cách Mạng Tháng Tám")));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "45 Cách Mạng Tháng Tám, phường 3")));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), "3")));
    assertTrue(reply(c, 3).contains("Đồng ý"), zalo.textsTo(c.userId).toString());
  }

  private static String code(String text) {
    Matcher m = CODE.matcher(text);
    assertTrue(m.find(), text);
    return TrackingCode.parse(m.group(1)).orElseThrow().value();
  }

  /**
   * From a connection of its own (another replica, an operator), takes the user's waiting event
   * and the user's row {@code FOR UPDATE NOWAIT}: "free" if it got them, else the error code.
   */
  private List<String> tryToLockTheRows(String userId) {
    try (Connection c = database.pool().getConnection()) {
      long event = db.count("SELECT MIN(id) FROM zalo_inbox WHERE user_id = ? AND state = 'NEW'",
          userId);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      c.setAutoCommit(false);
      try {
        return List.of(
            lockNow(c, "SELECT id FROM zalo_inbox WHERE id = ? FOR UPDATE NOWAIT", event),
            lockNow(c, "SELECT user_id FROM zalo_user WHERE user_id = ? FOR UPDATE NOWAIT",
                userId));
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      return List.of("no connection: " + e.getErrorCode());
    }
  }

  private static String lockNow(Connection c, String sql, Object key) {
    try (var s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      try (var rs = s.executeQuery()) {
        return rs.next() ? "free" : "no row";
      }
    } catch (SQLException e) {
      return "locked (" + e.getErrorCode() + ")";
    }
  }

  /** The claim of the user's waiting event, as another replica would see it. */
  private String claimOfWaitingEvent(String userId) {
    return db.string("SELECT claimed_by FROM zalo_inbox WHERE user_id = ? AND state = 'NEW'"
        + " ORDER BY id LIMIT 1", userId);
  }

  @Test
  void noRowIsLockedWhileAReportIsHandedOffOrHubCoreIsAskedAboutIt() throws Exception {
    ZaloCitizen c = citizen(server.getURL().toString(), null);
    atConsent(c);
    List<String> whileKafkaIsAsked = new CopyOnWriteArrayList<>();
    List<String> claims = new CopyOnWriteArrayList<>();
    probed().around = (userId, real) -> {
      if (userId.equals(c.userId)) {
        whileKafkaIsAsked.addAll(tryToLockTheRows(userId));
        claims.add(String.valueOf(claimOfWaitingEvent(userId)));
      }
      return real.get();
    };
    String agree = ZaloCitizen.msgId();
    assertEquals(200, c.send(c.text(agree, "Đồng ý")));
    String code = code(reply(c, 4));

    assertEquals(List.of("free", "free"), whileKafkaIsAsked,
        "the event's and the user's rows were free while the report was handed off");
    assertEquals(1, claims.size());
    assertNotEquals("null", claims.get(0), "the step was claimed durably before the call");
    assertEquals(code, db.string(
        "SELECT tracking_code FROM channel_intake_outbox WHERE idempotency_key = ?", agree));
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_report WHERE tracking_code = ?", code));
    assertNull(db.string("SELECT claimed_by FROM zalo_inbox WHERE dedupe_key = ?",
        "msg:" + agree), "the claim ends with the step");

    List<String> whileHubCoreIsAsked = new CopyOnWriteArrayList<>();
    core.duringLookup = () -> whileHubCoreIsAsked.addAll(tryToLockTheRows(c.userId));
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(),
        "tra cứu " + new TrackingCode(code).display())));
    String answer = reply(c, 5);
    assertTrue(answer.contains(new TrackingCode(code).display()), answer);
    assertEquals(List.of("free", "free"), whileHubCoreIsAsked,
        "the event's and the user's rows were free while hub-core was asked");
  }

  @Test
  void aStepWhoseReplicaDiesAfterTheHandOffIsTakenOverWithOneIntakeAndOneReplyInOrder()
      throws Exception {
    ZaloCitizen c = citizen(server.getURL().toString(), null);
    atConsent(c);
    CountDownLatch handedOff = new CountDownLatch(1);
    CountDownLatch revive = new CountDownLatch(1);
    probed().around = (userId, real) -> {
      HandoffResult result = real.get();
      if (userId.equals(c.userId)) {
        handedOff.countDown();
        try {
          revive.await(60, TimeUnit.SECONDS); // this replica stops here, as if it had died
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return result;
    };
    long takenOverBefore = steps.takenOver();
    String agree = ZaloCitizen.msgId();
    try {
      assertEquals(200, c.send(c.text(agree, "Đồng ý")));
      assertTrue(handedOff.await(20, TimeUnit.SECONDS));
      assertNotNull(claimOfWaitingEvent(c.userId), "claimed, with the report handed off");
      String code = db.string(
          "SELECT tracking_code FROM channel_intake_outbox WHERE idempotency_key = ?", agree);
      assertNotNull(code);

      Map<String, Object> other = new HashMap<>(properties); // no probe in this replica
      try (EmbeddedServer replica = ApplicationContext.run(EmbeddedServer.class, other, "test")) {
        ZaloCitizen same = citizen(replica.getURL().toString(), c.userId);
        // A later message of the same user, to the other replica: it waits behind the claim.
        assertEquals(200, same.send(same.text(ZaloCitizen.msgId(), "tra cứu")));
        assertEquals(code, code(reply(c, 4)), "the same code, from the replica that took over");
        String list = reply(c, 5);
        assertTrue(list.contains(new TrackingCode(code).display()),
            "the list came after the report was recorded: " + list);
      }
      revive.countDown(); // the first replica wakes up after its lease ended
      await().atMost(Duration.ofSeconds(20))
          .until(() -> steps.takenOver() == takenOverBefore + 1);
      assertEquals(1, db.count(
          "SELECT COUNT(*) FROM channel_intake_outbox WHERE idempotency_key = ?", agree));
      assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_report WHERE tracking_code = ?", code));
      // Three prompts, the code, the list: nothing from the revived replica.
      assertEquals(5, db.count("SELECT COUNT(*) FROM zalo_reply WHERE user_id = ?"
          + " AND kind = 'TEXT'", c.userId));
      assertEquals(1, zalo.textsTo(c.userId).stream().filter(t -> t.contains("Mã tra cứu"))
          .count());
      assertEquals("DONE", db.string("SELECT state FROM zalo_inbox WHERE dedupe_key = ?",
          "msg:" + agree));
    } finally {
      revive.countDown();
    }
  }
}
