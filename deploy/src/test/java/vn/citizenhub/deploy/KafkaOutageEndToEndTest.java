package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.KafkaBrokerProcess;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Kafka is killed while citizens keep submitting: every citizen still gets a code and an honest
 * "delayed" answer, never an error, and every report becomes exactly one ticket once Kafka is back.
 */
@ScanLogsForPersonalData({WebReports.NAME, WebReports.PHONE, WebReports.EMAIL})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaOutageEndToEndTest implements TestPropertyProvider {

  private final KafkaBrokerProcess broker = KafkaBrokerProcess.create();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    broker.start();
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_outage"));
    p.put("kafka.bootstrap.servers", broker.bootstrapServers());
    p.put("hub.intake-handoff.publish-wait", "1s");
    return p;
  }

  @AfterAll
  void stopBroker() {
    broker.close();
  }

  @Test
  void reportsSubmittedWhileKafkaIsDownAreDeliveredOnceWhenItIsBack() throws Exception {
    WebReports citizen = new WebReports(server.getURL().toString());
    SqlProbe db = new SqlProbe(database.pool());
    String before = citizen.post(WebReports.form("ROAD_DAMAGE", "phường Tân An"), null).code();
    await().atMost(Duration.ofSeconds(20)).until(() -> citizen.track(before) != null);

    broker.kill();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      WebReports.Answer answer =
          citizen.post(WebReports.form("STREET_LIGHT", "phường Tân An"), "outage-" + i);
      assertEquals(202, answer.status(), answer.body().toString());
      assertEquals("RECEIVED_PROCESSING_DELAYED", answer.body().path("status").asText());
      codes.add(TrackingCode.parse(answer.code()).orElseThrow().value());
    }
    // The six reports; a delivery report of the first one's receipt may wait beside them.
    assertEquals(6, db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'PENDING'"
        + " AND idempotency_key LIKE 'outage-%'"));

    broker.start();
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
        codes.stream().allMatch(code -> db.count(
            "SELECT COUNT(*) FROM ticket WHERE tracking_code = ? AND status = 'ROUTED'", code) == 1));
    for (String code : codes) {
      assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", code));
    }
    await().atMost(Duration.ofSeconds(30)).until(() ->
        db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'PENDING'") == 0);
  }
}
