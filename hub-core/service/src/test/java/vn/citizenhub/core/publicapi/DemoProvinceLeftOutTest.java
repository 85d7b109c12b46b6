package vn.citizenhub.core.publicapi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * A province going live without the demo province: the national reference data is there, no
 * communes, agencies or routing rules are, and a report still becomes a ticket, in triage.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoProvinceLeftOutTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_no_demo"));
    p.put("hub.demo.province", "none");
    return p;
  }

  private JsonNode get(String path) throws Exception {
    return ContractJson.mapper().readTree(http.toBlocking().retrieve(path));
  }

  @Test
  void withoutTheDemoProvinceOnlyNationalReferenceDataIsLoaded() throws Exception {
    JsonNode catalog = get("/api/public/catalog");
    assertEquals(17, catalog.path("categories").size());
    assertEquals(0, catalog.path("communes").size());
    assertEquals(0, catalog.path("agencies").size());

    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", null);
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
        .until(() -> get("/api/public/tickets/" + code).path("status").asText().equals("TRIAGE"));
  }
}
