package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ManagementPort;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/** The whole path: HTTP -> channel-web -> Kafka -> hub-core -> MySQL-compatible server -> public API. */
@ScanLogsForPersonalData({WebReports.NAME, WebReports.PHONE, WebReports.EMAIL,
    "Đường Nguyễn Huệ, phường Kiến Tường", "Hẻm 3, phường Tân An"})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebToTicketEndToEndTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject EndpointDefaultConfiguration endpoints;
  private WebReports citizen;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("e2e_web");
  }

  @BeforeAll
  void connect() {
    citizen = new WebReports(server.getURL().toString());
    db = new SqlProbe(database.pool());
  }

  @Test
  void aWebReportBecomesARoutedTicketVisibleWithoutPersonalData() throws Exception {
    WebReports.Answer answer =
        citizen.post(WebReports.form("ROAD_DAMAGE", "Đường Nguyễn Huệ, phường Kiến Tường"), null);
    assertEquals(202, answer.status());
    String code = answer.code();

    JsonNode ticket = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
        .until(() -> citizen.track(code), t -> t != null && "ROUTED".equals(t.path("status").asText()));
    // Roads in Phường Kiến Tường are its People's Committee's, not the department's.
    assertEquals("UBND-27787", ticket.path("agency").path("code").asText());
    assertEquals("Phường Kiến Tường", ticket.path("commune").path("name").asText());
    assertNotNull(ticket.path("dueDate").textValue());
    String page = citizen.trackRaw(code);
    for (String personal : new String[] {"Phạm Minh Đức", "0987", "Nguyễn Huệ", "Nắp cống"}) {
      assertFalse(page.contains(personal), "public page leaks " + personal);
    }
  }

  @Test
  void theSamePostWithTheSameIdempotencyKeyGivesTheSameCodeAndOneTicket() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = WebReports.form("STREET_LIGHT", "Hẻm 3, phường Tân An");
    String first = citizen.post(body, key).code();
    String second = citizen.post(body, key).code();
    assertEquals(first, second);
    String stored = TrackingCode.parse(first).orElseThrow().value();

    await().atMost(Duration.ofSeconds(10))
        .until(() -> db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", stored) == 1);
    String third = citizen.post(body, key).code();
    assertEquals(first, third);
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", stored));
    assertEquals(1, db.count(
        "SELECT COUNT(*) FROM channel_intake_outbox WHERE idempotency_key = ?", key));
  }

  @Test
  void anUnroutableWebReportLandsInTriage() throws Exception {
    String code = citizen.post(WebReports.form("OTHER", "Không rõ địa chỉ"), null).code();
    JsonNode ticket = await().atMost(Duration.ofSeconds(10))
        .until(() -> citizen.track(code), t -> t != null);
    assertEquals("TRIAGE", ticket.path("status").asText());
    assertEquals("Đang chờ điều phối viên phân loại", ticket.path("statusLabel").asText());
  }

  @Test
  void operatorsSeeHealthAndTheBacklogsAsPrometheusMetrics() throws Exception {
    String management = ManagementPort.base(endpoints.getPort().orElseThrow());
    ManagementPort.assertOnlyThere(server.getURL().toString(), management);
    var health = ManagementPort.get(management + "/health");
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    var metrics = ManagementPort.get(management + "/prometheus");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("hub_intake_pending"), "pending intake gauge");
    assertTrue(metrics.body().contains("hub_outbox_backlog"), "outbox backlog gauge");
  }
}
