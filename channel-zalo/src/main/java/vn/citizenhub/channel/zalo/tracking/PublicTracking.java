package vn.citizenhub.channel.zalo.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.outbound.ZaloHttp;
import vn.citizenhub.contract.ContractJson;

/**
 * hub-core's public tracking API ({@code GET /api/public/tickets/{code}}), what anyone holding
 * a code may see. Without {@code hub.core.url} (the all-in-one hub) it asks its own server,
 * where hub-core answers the same path.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class PublicTracking {

  /** A ticket's public state, or that there is none yet. */
  public record Status(boolean found, String statusLabel, String agency, String dueDate,
      String lastStep) {}

  private final OkHttpClient http;
  private final String coreUrl;
  private final Provider<EmbeddedServer> server;

  public PublicTracking(ZaloHttp http, @Value("${hub.core.url:}") String coreUrl,
      Provider<EmbeddedServer> server) {
    this.http = http.client();
    this.coreUrl = coreUrl;
    this.server = server;
  }

  /** The ticket's state; empty when hub-core cannot be asked right now. */
  public Optional<Status> find(String trackingCode) {
    Request request = new Request.Builder().url(base() + "/api/public/tickets/" + trackingCode)
        .header("Accept", "application/json").get().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 404) {
        return Optional.of(new Status(false, null, null, null, null));
      }
      if (response.code() != 200) {
        return Optional.empty();
      }
      JsonNode t = ContractJson.mapper().readTree(response.body().byteStream());
      JsonNode steps = t.path("timeline");
      String last = steps.size() > 0 ? steps.get(steps.size() - 1).path("text").asText(null) : null;
      return Optional.of(new Status(true, t.path("statusLabel").asText(null),
          t.path("agency").path("name").asText(null), t.path("dueDate").asText(null), last));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private String base() {
    String url = coreUrl == null || coreUrl.isBlank() ? server.get().getURL().toString() : coreUrl;
    return url.replaceAll("/+$", "");
  }
}
