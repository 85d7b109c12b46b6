package vn.citizenhub.channel.app.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * Where hub-core's HTTP API answers: {@code hub.core.url} for the channel on its own; without it
 * (the all-in-one hub) this very server, where hub-core answers the same paths (as the Zalo
 * channel's PublicTracking does).
 */
@Singleton
public class HubCoreAddress {

  private final String configured;
  private final Provider<EmbeddedServer> server;

  HubCoreAddress(@Value("${hub.core.url:}") String configured, Provider<EmbeddedServer> server) {
    this.configured = configured;
    this.server = server;
  }

  /** The base URL, without a trailing slash. */
  public String base() {
    String url = configured == null || configured.isBlank()
        ? server.get().getURL().toString() : configured;
    return url.replaceAll("/+$", "");
  }
}
