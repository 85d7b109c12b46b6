package vn.citizenhub.channel.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;

/**
 * hub-core's public API as the app channel reads it: the catalog and a ticket's public view
 * (status, agency, due date, public timeline; no personal data by hub-core's own rule). Asked
 * over HTTP ({@code hub.core.url}) both beside hub-core and on its own, so the app sees exactly
 * what the tracking page shows ({@link HubCoreAddress}); short timeouts, as an app waits.
 */
@Singleton
class HubCorePublic {

  private static final Logger LOG = LoggerFactory.getLogger(HubCorePublic.class);

  /** What hub-core said: a JSON document, no such thing, or nothing (unreachable). */
  record Answer(JsonNode json, boolean notFound) {
    static final Answer UNAVAILABLE = new Answer(null, false);

    boolean unavailable() {
      return json == null && !notFound;
    }
  }

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final HubCoreAddress core;

  HubCorePublic(HubCoreAddress core) {
    this.core = core;
  }

  Answer catalog() {
    return get("/api/public/catalog");
  }

  Answer ticket(String trackingCode) {
    return get("/api/public/tickets/" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8));
  }

  private Answer get(String path) {
    try {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(URI.create(core.base() + path)).timeout(Duration.ofSeconds(3))
              .header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 404) {
        return new Answer(null, true);
      }
      if (response.statusCode() != 200) {
        LOG.warn("hub-core's public API answered {}", response.statusCode());
        return Answer.UNAVAILABLE;
      }
      return new Answer(ContractJson.mapper().readTree(response.body()), false);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("hub-core's public API unreachable ({})", e.getClass().getSimpleName());
      return Answer.UNAVAILABLE;
    }
  }
}
