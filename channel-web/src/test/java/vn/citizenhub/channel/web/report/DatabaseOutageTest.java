package vn.citizenhub.channel.web.report;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.TcpProxy;
import vn.citizenhub.testsupport.TestDatabase;

/**
 * The channel's database goes silent (a network partition, through a proxy the test controls)
 * while citizens keep posting: every POST is still answered, before the client's own timeout of
 * a few seconds, with "received" or a 503 that says to retry, and what was refused is never kept
 * while everything accepted is.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  /**
   * Well over the hand-off's own limit (1.5 s) for a machine busy with other builds, well under
   * the hangs of up to 34 s the issue saw.
   */
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

  private TcpProxy proxy;
  private String directUrl;

  @Inject EmbeddedServer server;

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_outage"));
    directUrl = p.get("datasources.default.url");
    URI db = URI.create(directUrl.substring("jdbc:".length()));
    proxy = new TcpProxy(db.getHost(), db.getPort());
    p.put("datasources.default.url", directUrl.replace(
        db.getHost() + ":" + db.getPort(), "127.0.0.1:" + proxy.port()));
    p.put("hub.core.url", CATALOG.url());
    // A small queue, so that the outage also fills it and the refusals come at once.
    p.put("hub.intake-handoff.queue-capacity", "8");
    return p;
  }

  @AfterAll
  void stop() {
    proxy.close();
    CATALOG.close();
  }

  private HttpResponse<String> post(String marker) throws Exception {
    return post(marker, CLIENT_TIMEOUT);
  }

  private HttpResponse<String> post(String marker, Duration timeout) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/web/reports"))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            WebReportTest.form("STREET_LIGHT", "Đèn đường tắt, " + marker)))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Intake rows whose report carries the marker, read straight from the real server. */
  private long kept(String marker) throws SQLException {
    TestDatabase.Server s = TestDatabase.server();
    try (Connection c = DriverManager.getConnection(directUrl, s.username(), s.password());
        PreparedStatement q = c.prepareStatement(
            "SELECT COUNT(*) FROM channel_intake_outbox WHERE envelope_json LIKE ?")) {
      q.setString(1, "%" + marker + "\"%");
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void whileTheDatabaseIsSilentEveryPostIsAnsweredAndARefusalKeepsNothing() throws Exception {
    // A cold service on a busy machine: its first answers may be slow or refusals.
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> post("trước sự cố", Duration.ofSeconds(30)).statusCode() == 202);

    proxy.blackHole();
    List<String> markers = new ArrayList<>();
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    ExecutorService citizens = Executors.newFixedThreadPool(30);
    try {
      for (int i = 0; i < 30; i++) {
        String marker = "trong sự cố số " + i;
        markers.add(marker);
        answers.add(citizens.submit(() -> post(marker)));
      }
      List<String> refused = new ArrayList<>();
      List<String> acceptedCodes = new ArrayList<>();
      for (int i = 0; i < answers.size(); i++) {
        HttpResponse<String> answer = answers.get(i).get(); // a client timeout fails the test
        JsonNode body = ContractJson.mapper().readTree(answer.body());
        if (answer.statusCode() == 503) {
          assertEquals("NOT_RECEIVED", body.path("error").asText());
          assertTrue(body.path("message").asText().startsWith("Hệ thống tạm thời"));
          assertFalse(body.path("messageEn").asText().isBlank());
          assertTrue(answer.headers().firstValue("Retry-After").isPresent());
          refused.add(markers.get(i));
        } else {
          assertEquals(202, answer.statusCode(), answer.body());
          acceptedCodes.add(body.path("trackingCode").asText());
        }
      }
      // Nothing can commit while the database is silent: every one of them is refused.
      assertEquals(30, refused.size(), "accepted while the database was silent: " + acceptedCodes);

      proxy.restore();
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
          .until(() -> post("sau sự cố", Duration.ofSeconds(30)).statusCode() == 202);
      // Held bytes of abandoned batches reach the server after the partition heals: none of
      // them may make a refused report kept.
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
        long keptRefused = 0;
        for (String marker : refused) {
          keptRefused += kept(marker);
        }
        return keptRefused == 0;
      });
      assertEquals(1, kept("sau sự cố"));
      TrackingCode.parse(ContractJson.mapper().readTree(post("lần cuối").body())
          .path("trackingCode").asText()).orElseThrow();
    } finally {
      proxy.restore();
      citizens.shutdownNow();
    }
  }
}
