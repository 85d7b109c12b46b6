package vn.citizenhub.channel.web.report;

import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ManagementPort;

/** channel-web's /health, /prometheus and /metrics answer on the management port only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject EmbeddedServer server;
  @Inject EndpointDefaultConfiguration endpoints;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_management"));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  @Test
  void operationalEndpointsAreOffThePublicPort() throws Exception {
    ManagementPort.assertOnlyThere(server.getURL().toString(),
        ManagementPort.base(endpoints.getPort().orElseThrow()));
  }
}
