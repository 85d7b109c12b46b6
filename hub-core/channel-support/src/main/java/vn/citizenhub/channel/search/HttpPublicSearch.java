package vn.citizenhub.channel.search;

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
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.logging.ErrorText;

/**
 * Asks hub-core's {@code GET /api/public/search} over HTTP. Stands aside when hub-core runs in
 * the same process. Its requests count against hub-core's public rate limit for this channel's
 * address; a refusal or a timeout is "unavailable", which the caller shows as such.
 */
@Singleton
@Secondary
public class HttpPublicSearch implements PublicSearch {

  private static final Logger LOG = LoggerFactory.getLogger(HttpPublicSearch.class);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final String coreUrl;

  public HttpPublicSearch(@Value("${hub.core.url:`http://127.0.0.1:8080`}") String coreUrl) {
    this.coreUrl = coreUrl.replaceAll("/+$", "");
  }

  @Override
  public Optional<SearchResults> search(SearchQuery query) {
    URI uri = URI.create(coreUrl + "/api/public/search?" + parameters(query));
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(3)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        LOG.warn("Search at hub-core answered {}", response.statusCode());
        return Optional.empty();
      }
      return Optional.of(ContractJson.mapper().readValue(response.body(), SearchResults.class));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("Search at hub-core failed: {}", ErrorText.of(e));
      return Optional.empty();
    }
  }

  /** The query string hub-core's endpoint reads. */
  static String parameters(SearchQuery q) {
    StringJoiner p = new StringJoiner("&");
    p.add("q=" + encode(q.text() == null ? "" : q.text()));
    add(p, "type", q.type());
    add(p, "category", q.categoryCode());
    add(p, "commune", q.communeCode());
    add(p, "agency", q.agencyCode());
    p.add("page=" + q.page());
    return p.toString();
  }

  private static void add(StringJoiner p, String name, String value) {
    if (value != null && !value.isBlank()) {
      p.add(name + "=" + encode(value));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
