package vn.citizenhub.channel.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.logging.ErrorText;

/**
 * Reads hub-core's public catalog over HTTP and keeps it for a while; an outage of hub-core leaves
 * the last copy in use. Stands aside when hub-core runs in the same process.
 */
@Singleton
@Secondary
public class HttpCatalog implements Catalog {

  private static final Logger LOG = LoggerFactory.getLogger(HttpCatalog.class);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final URI catalogUri;
  private final Duration maxAge;
  private volatile CatalogCodes cached;
  private volatile List<CatalogCategory> categories;
  private volatile Instant fetchedAt = Instant.EPOCH;
  private static final Duration RETRY_WITHOUT_COPY = Duration.ofSeconds(10);

  public HttpCatalog(
      @Value("${hub.core.url:`http://127.0.0.1:8080`}") String coreUrl,
      @Value("${hub.catalog.max-age:5m}") Duration maxAge) {
    this.catalogUri = URI.create(coreUrl.replaceAll("/+$", "") + "/api/public/catalog");
    this.maxAge = maxAge;
  }

  @Override
  public Optional<CatalogCodes> codes() {
    if (cached == null || fetchedAt.plus(maxAge).isBefore(Instant.now())) {
      refresh();
    }
    return Optional.ofNullable(cached);
  }

  @Override
  public Optional<List<CatalogCategory>> categories() {
    return codes().map(c -> categories);
  }

  private synchronized void refresh() {
    if (cached != null && fetchedAt.plus(maxAge).isAfter(Instant.now())) {
      return;
    }
    try {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(catalogUri).timeout(Duration.ofSeconds(3)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("catalog answered " + response.statusCode());
      }
      JsonNode root = ContractJson.mapper().readTree(response.body());
      categories = named(root.path("categories"));
      cached = new CatalogCodes(codes(root.path("categories")), codes(root.path("communes")));
      fetchedAt = Instant.now();
      return;
    } catch (Exception e) {
      LOG.warn("Catalog at {} unreachable ({}); using {}", catalogUri, ErrorText.of(e),
          cached == null ? "no catalog" : "the last copy");
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    // Whether it worked or not, do not ask again on every request; without any copy, soon.
    fetchedAt = cached != null ? Instant.now() : Instant.now().minus(maxAge).plus(RETRY_WITHOUT_COPY);
  }

  private static List<CatalogCategory> named(JsonNode array) {
    List<CatalogCategory> named = new ArrayList<>();
    array.forEach(item -> named.add(new CatalogCategory(item.path("code").asText(),
        item.path("name").asText(), item.path("nameEn").asText(), item.path("kind").asText())));
    return List.copyOf(named);
  }

  private static Set<String> codes(JsonNode array) {
    Set<String> codes = new HashSet<>();
    array.forEach(item -> codes.add(item.path("code").asText()));
    return codes;
  }
}
