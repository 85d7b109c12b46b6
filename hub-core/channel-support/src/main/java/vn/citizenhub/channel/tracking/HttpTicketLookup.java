package vn.citizenhub.channel.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.logging.ErrorText;

/**
 * Asks hub-core's public tracking API ({@code GET /api/public/tickets/{code}}) over HTTP. Stands
 * aside when hub-core runs in the same process. Its requests count against hub-core's public
 * rate limit for this channel's address, like any client's; a refusal is "unavailable".
 */
@Singleton
@Secondary
public class HttpTicketLookup implements TicketLookup {

  private static final Logger LOG = LoggerFactory.getLogger(HttpTicketLookup.class);
  /** The statuses of a ticket with an outcome (hub-core's TicketStatus). */
  static final Set<String> CLOSED = Set.of("RESOLVED", "CLOSED");

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final String coreUrl;

  public HttpTicketLookup(@Value("${hub.core.url:`http://127.0.0.1:8080`}") String coreUrl) {
    this.coreUrl = coreUrl.replaceAll("/+$", "");
  }

  @Override
  public Found find(String trackingCode) {
    URI uri = URI.create(coreUrl + "/api/public/tickets/"
        + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(3)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 404) {
        return Found.NONE;
      }
      if (response.statusCode() != 200) {
        LOG.warn("Tracking lookup at hub-core answered {}", response.statusCode());
        return Found.UNAVAILABLE;
      }
      JsonNode ticket = ContractJson.mapper().readTree(response.body());
      return of(ticket.path("status").asText(""));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Tracking lookup at hub-core failed: {}", ErrorText.of(e));
      return Found.UNAVAILABLE;
    }
  }

  /** A status as the tracking API names it; one that is no ticket's (a call-back notice) is none. */
  static Found of(String status) {
    if (CLOSED.contains(status)) {
      return Found.CLOSED;
    }
    return Set.of("RECEIVED", "ROUTED", "TRIAGE", "ASSIGNED", "IN_PROGRESS",
        "WAITING_FOR_CITIZEN", "REOPENED").contains(status) ? Found.OPEN : Found.NONE;
  }
}
