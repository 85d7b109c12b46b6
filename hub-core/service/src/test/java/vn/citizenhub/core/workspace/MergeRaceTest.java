package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Two officers merge A into B and B into A at the same moment, over the staff API against
 * MariaDB, again and again: each time exactly one merge wins and the other is a clean 409
 * because its ticket changed, never a deadlock, a server error or a circular merge.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeRaceTest implements TestPropertyProvider {

  private static final int ROUNDS = 8;
  private static final String PASSWORD = "mật-khẩu-thử-9x";

  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;
  private StaffApi api;
  private String first;
  private String second;
  private SqlProbe db;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_merge_race"));
    p.put("hub.workspace.sweep.enabled", "false");
    p.put("micronaut.http.client.read-timeout", "60s");
    return p;
  }

  @BeforeAll
  void accounts() throws Exception {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    StaffApi.createAccount(accounts, hasher, "canbo.mot", StaffRole.AGENCY_OFFICER,
        WorkspaceApiTest.TAN_AN_AGENCY, PASSWORD);
    StaffApi.createAccount(accounts, hasher, "canbo.hai", StaffRole.AGENCY_OFFICER,
        WorkspaceApiTest.TAN_AN_AGENCY, PASSWORD);
    first = api.token("canbo.mot", PASSWORD);
    second = api.token("canbo.hai", PASSWORD);
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void crossedMergesNeverDeadlock() throws Exception {
    List<IntakeEnvelope> reports = new ArrayList<>();
    for (int i = 0; i < 2 * ROUNDS; i++) {
      reports.add(Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN));
    }
    reports.forEach(KafkaProbe::send);
    for (IntakeEnvelope r : reports) {
      await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
          "SELECT COUNT(*) FROM ticket WHERE tracking_code = ? AND status = 'ROUTED'",
          r.trackingCode()) == 1);
    }
    for (int round = 0; round < ROUNDS; round++) {
      long a = id(reports.get(2 * round));
      long b = id(reports.get(2 * round + 1));
      int versionA = version(a);
      int versionB = version(b);
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<StaffApi.Answer> aIntoB = CompletableFuture.supplyAsync(
          () -> merge(a, versionA, b, first, together), pool);
      CompletableFuture<StaffApi.Answer> bIntoA = CompletableFuture.supplyAsync(
          () -> merge(b, versionB, a, second, together), pool);
      List<StaffApi.Answer> answers = List.of(aIntoB.get(), bIntoA.get());

      assertEquals(1, answers.stream().filter(x -> x.status() == 200).count(), answers.toString());
      StaffApi.Answer refused = answers.stream().filter(x -> x.status() != 200).findFirst()
          .orElseThrow();
      assertEquals(409, refused.status(), refused.toString());
      // The loser waited for the winner's lock and then saw its own ticket changed: no deadlock.
      assertEquals("TICKET_CHANGED", refused.body().path("error").asText(), refused.toString());
      long merged = db.count("SELECT COUNT(*) FROM ticket WHERE id IN (?, ?)"
          + " AND duplicate_of_id IS NOT NULL", a, b);
      assertEquals(1, merged, "exactly one ticket is a duplicate of the other, never both");
    }
  }

  private StaffApi.Answer merge(long ticket, int version, long into, String token,
      CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return api.act(ticket, token, Map.of("action", "MERGE", "version", version,
        "intoTicketId", into));
  }

  private long id(IntakeEnvelope report) {
    return Long.parseLong(db.string("SELECT id FROM ticket WHERE tracking_code = ?",
        report.trackingCode()));
  }

  private int version(long id) {
    StaffApi.Answer page = api.get("/api/staff/tickets/" + id, first);
    assertTrue(page.status() == 200, page.toString());
    return page.body().path("version").asInt();
  }
}
