package vn.citizenhub.channel.requests;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.logging.ErrorText;

/**
 * Asks hub-core's {@code GET /api/public/requests} over HTTP. Stands aside when hub-core runs in
 * the same process. Its requests count against hub-core's public rate limit for this channel's
 * address; a refusal is "unavailable".
 */
@Singleton
@Secondary
public class HttpPublicRequests implements PublicRequests {

  private static final Logger LOG = LoggerFactory.getLogger(HttpPublicRequests.class);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final String coreUrl;

  public HttpPublicRequests(@Value("${hub.core.url:`http://127.0.0.1:8080`}") String coreUrl) {
    this.coreUrl = coreUrl.replaceAll("/+$", "");
  }

  @Override
  public Optional<List<PublicRequest>> find(RequestQuery query) {
    URI uri = URI.create(coreUrl + "/api/public/requests?" + parameters(query));
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        LOG.warn("Public requests at hub-core answered {}", response.statusCode());
        return Optional.empty();
      }
      JsonNode items = ContractJson.mapper().readTree(response.body()).path("requests");
      List<PublicRequest> found = new ArrayList<>();
      for (JsonNode item : items) {
        found.add(ContractJson.mapper().treeToValue(item, PublicRequest.class));
      }
      return Optional.of(found);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Public requests at hub-core failed: {}", ErrorText.of(e));
      return Optional.empty();
    }
  }

  /** The query string hub-core's endpoint reads. */
  static String parameters(RequestQuery q) {
    StringJoiner p = new StringJoiner("&");
    if (!q.trackingCodes().isEmpty()) {
      p.add("codes=" + encode(String.join(",", q.trackingCodes())));
    }
    if (!q.categoryCodes().isEmpty()) {
      p.add("categories=" + encode(String.join(",", q.categoryCodes())));
    }
    if (q.receivedFrom() != null) {
      p.add("from=" + encode(q.receivedFrom().toString()));
    }
    if (q.receivedTo() != null) {
      p.add("to=" + encode(q.receivedTo().toString()));
    }
    if (q.open() != null) {
      p.add("open=" + q.open());
    }
    p.add("page=" + q.page());
    p.add("pageSize=" + q.pageSize());
    return p.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
