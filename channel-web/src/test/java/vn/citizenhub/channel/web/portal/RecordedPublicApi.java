package vn.citizenhub.channel.web.portal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in, on the web channel's own port, for the parts of hub-core's public API the portal's
 * pages call (in a deployment the edge sends /api/public to hub-core on the same origin): the
 * recorded catalog, similar open reports as portal-api.md shapes them (set by the test), and the
 * interaction beacons, kept for the test to read. Only in the portal's browser tests.
 */
@Controller("/api/public")
@Requires(property = RecordedPublicApi.ENABLED, value = "true")
public class RecordedPublicApi {

  /** Set by the tests that want it. */
  public static final String ENABLED = "hub-test.recorded-public-api";

  /** Every beacon received, in order, and the similar-report queries asked. */
  public static final List<String> EVENTS = new CopyOnWriteArrayList<>();
  public static final List<Map<String, String>> SIMILAR_ASKED = new CopyOnWriteArrayList<>();
  /** What GET /api/public/similar answers next: a JSON array of items. */
  public static volatile String similarItems = "[]";

  private final byte[] catalog;

  RecordedPublicApi() {
    try (InputStream in = getClass().getResourceAsStream("/catalog.json")) {
      catalog = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(uri = "/catalog", produces = MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> catalog() {
    return HttpResponse.ok(catalog);
  }

  @Get(uri = "/similar", produces = MediaType.APPLICATION_JSON)
  String similar(@QueryValue @Nullable String categoryCode,
      @QueryValue @Nullable String communeCode, @QueryValue @Nullable String text) {
    SIMILAR_ASKED.add(Map.of("categoryCode", String.valueOf(categoryCode),
        "communeCode", String.valueOf(communeCode), "text", String.valueOf(text)));
    return "{\"items\":" + similarItems + "}";
  }

  record Interaction(String event) {}

  @Post(uri = "/interactions", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> interaction(@Body Interaction interaction) {
    EVENTS.add(interaction.event());
    return HttpResponse.noContent();
  }
}
