package vn.citizenhub.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;

/** Two first reports of one new citizen, processed at the same moment, make one citizen. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenDirectoryRaceTest implements TestPropertyProvider {

  @Inject JdbcDatabase database;
  @Inject CitizenDirectory directory;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_race"));
    p.put("hub.intake.consumer.enabled", "false");
    return p;
  }

  @Test
  void concurrentTransactionsCreatingTheSameCitizenEndWithOneRow() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        String identity = Envelopes.newIdentity();
        CitizenRef ref = new CitizenRef(identity, "Trần Thị Bình", "0987654321", null);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          ids.add(pool.submit(() -> {
            start.await();
            return database.inTransaction(
                c -> directory.resolve(c, List.of(ref), Instant.now()).get(identity));
          }));
        }
        start.countDown();
        long first = ids.get(0).get(20, TimeUnit.SECONDS);
        for (Future<Long> id : ids) {
          assertEquals(first, id.get(20, TimeUnit.SECONDS), "every transaction sees one citizen");
        }
        assertEquals(1, new SqlProbe(database.pool()).count(
            "SELECT COUNT(*) FROM citizen WHERE external_id = ?", identity.substring(5)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
