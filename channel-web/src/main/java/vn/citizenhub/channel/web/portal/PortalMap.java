package vn.citizenhub.channel.web.portal;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.citizenhub.http.StaticFolder;

/**
 * The map as configured, read once: the tile source (when there is one) and the pages' policy,
 * which allows images from that tile server and from no other outside host.
 */
@Singleton
public class PortalMap {

  private final MapSettings settings;
  private final Optional<TileSource> tiles;
  private final String contentSecurityPolicy;

  PortalMap(MapSettings settings) {
    this.settings = settings;
    this.tiles = TileSource.of(settings.getTileUrlTemplate());
    this.contentSecurityPolicy = tiles
        .map(t -> StaticFolder.policyWithImagesFrom(t.imageOrigin()))
        .orElseGet(StaticFolder::policyWithImagesFrom);
  }

  public Optional<TileSource> tiles() {
    return tiles;
  }

  public MapSettings settings() {
    return settings;
  }

  /** The portal pages' Content-Security-Policy. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }
}
