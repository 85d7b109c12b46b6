package vn.citizenhub.channel.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.app.partner.JdbcAppPartners;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/** One app user's flood is held per user (429, nothing stored); other users are not held. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppReportLimitTest implements TestPropertyProvider {

  static final FakeHubCore CORE = new FakeHubCore();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject JdbcAppPartners partners;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_limits"));
    p.put("hub.core.url", CORE.url());
    p.put("hub.app.rate-limit.per-user-limit", "2");
    return p;
  }

  @AfterAll
  void stop() {
    CORE.close();
  }

  @Test
  void aThirdReportWithinTheHourIsHeldForThatUserOnly() throws Exception {
    partners.register("busy-app", "Busy", null, "busy-secret");
    AppSigner signer = new AppSigner(server.getURL().toString());
    String report = AppApiTest.report("");
    for (int i = 0; i < 2; i++) {
      assertEquals(202, signer.as("busy-app", "busy-secret", "flooder")
          .postJson("/api/app/v1/reports", report).send().statusCode());
    }
    long kept = new SqlProbe(database.pool()).count("SELECT COUNT(*) FROM channel_intake_outbox");
    HttpResponse<String> held = signer.as("busy-app", "busy-secret", "flooder")
        .postJson("/api/app/v1/reports", report).send();
    assertEquals(429, held.statusCode());
    assertEquals("RATE_LIMITED", ContractJson.mapper().readTree(held.body()).path("error")
        .asText());
    assertTrue(Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow()) > 0);
    assertEquals(kept, new SqlProbe(database.pool()).count(
        "SELECT COUNT(*) FROM channel_intake_outbox"), "nothing stored");
    assertEquals(202, signer.as("busy-app", "busy-secret", "neighbour")
        .postJson("/api/app/v1/reports", report).send().statusCode());
  }
}
