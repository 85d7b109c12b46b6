package vn.citizenhub.channel.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.channel.open311.GeoReportApiTest.child;
import static vn.citizenhub.channel.open311.GeoReportApiTest.first;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * Reads are limited per client address: past {@code hub.open311.reads-per-minute} a client gets
 * the specification's errors list in the format it asked for, with {@code Retry-After}; a forged
 * {@code X-Forwarded-For} (no proxy is trusted by default) buys no fresh budget; posts keep their
 * own limit per API key, so a client that read too much can still report.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadLimitTest implements TestPropertyProvider {

  private static final int READS = 4;

  @Inject EmbeddedServer server;
  @Inject ApiKeys keys;
  @Inject Open311Settings settings;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("open311_reads"));
    p.put("hub.open311.reads-per-minute", String.valueOf(READS));
    return p;
  }

  @Test
  void aClientPastItsReadsIsToldInItsFormatWhenToComeBackAndMayStillPost() throws Exception {
    assertEquals(READS, settings.getReadsPerMinute(), "the test's own limit");
    for (int i = 0; i < READS; i++) {
      assertEquals(200, get("/services.json", "203.0.113." + (i + 1)).statusCode());
    }
    HttpResponse<String> json = get("/requests.json?status=open", "198.51.100.7");
    assertEquals(429, json.statusCode(), json.body());
    long retryAfter = Long.parseLong(json.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    JsonNode error = ContractJson.mapper().readTree(json.body()).get(0);
    assertEquals("429", error.path("code").asText());
    assertTrue(error.path("description").asText().contains("Địa chỉ này đã gửi quá nhiều yêu cầu"),
        error.toString());
    assertTrue(error.path("description").asText()
        .contains("This address sent too many requests"), error.toString());

    HttpResponse<String> xml = get("/discovery.xml", null);
    assertEquals(429, xml.statusCode());
    assertEquals("429", child(first(new Open311Client.Reply(xml.statusCode(), "", xml.body())
        .xml(), "error"), "code"));

    Open311Client.Reply posted = new Open311Client(server.getURL().toString()).post(
        "/requests.json", Open311Client.pothole(keys.issue("Reader", "test").key(),
            "Ổ gà trước trường học, đã đọc quá nhiều " + UUID.randomUUID()), null);
    assertEquals(200, posted.status(), posted.body());
  }

  private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
        server.getURL().toString().replaceAll("/+$", "") + "/open311/v2" + path))
        .timeout(Duration.ofSeconds(20)).GET();
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
