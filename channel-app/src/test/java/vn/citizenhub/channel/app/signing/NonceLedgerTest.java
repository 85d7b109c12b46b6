package vn.citizenhub.channel.app.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/** A nonce is refused the second time; nonces past twice the window are purged, others kept. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonceLedgerTest implements TestPropertyProvider {

  @Inject NonceLedger ledger;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("app_nonces");
  }

  @Test
  void aNonceIsUsedOnceAndForgottenOnlyWhenNoTimestampCouldStillCarryIt() throws Exception {
    assertTrue(ledger.firstUse("app-a", "nonce-0000000000001"));
    assertFalse(ledger.firstUse("app-a", "nonce-0000000000001"), "a replay");
    assertTrue(ledger.firstUse("app-b", "nonce-0000000000001"), "nonces are per app");

    SqlProbe sql = new SqlProbe(database.pool());
    sql.update("INSERT INTO app_request_nonce (app_id, nonce, seen_at) VALUES (?, ?, ?)",
        "app-a", "nonce-old-000000001",
        UtcTime.column(Instant.now().minus(11, ChronoUnit.MINUTES)));
    sql.update("INSERT INTO app_request_nonce (app_id, nonce, seen_at) VALUES (?, ?, ?)",
        "app-a", "nonce-recent-000001",
        UtcTime.column(Instant.now().minus(9, ChronoUnit.MINUTES)));
    ledger.purge();
    assertEquals(0, sql.count("SELECT COUNT(*) FROM app_request_nonce WHERE nonce = ?",
        "nonce-old-000000001"), "past twice the window: no timestamp in the window carries it");
    assertEquals(1, sql.count("SELECT COUNT(*) FROM app_request_nonce WHERE nonce = ?",
        "nonce-recent-000001"), "a request stamped 5 minutes ahead could still replay it");
    assertEquals(3, sql.count("SELECT COUNT(*) FROM app_request_nonce"));
  }
}
