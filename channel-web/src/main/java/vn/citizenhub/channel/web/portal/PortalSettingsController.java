package vn.citizenhub.channel.web.portal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /api/web/portal-settings}: what the report form needs to know about this
 * deployment: whether the map has tiles (and which, with their attribution), where it opens, and
 * how many photos a report may carry.
 */
@Controller("/api/web/portal-settings")
class PortalSettingsController {

  /** Photos per report, as agreed with the upload endpoint (portal-api.md). */
  static final int MAX_PHOTOS = 5;

  record Tiles(String urlTemplate, String attribution, int maxZoom) {}

  record MapView(Tiles tiles, double centerLatitude, double centerLongitude, int zoom) {}

  record Settings(MapView map, int maxPhotos) {}

  private final Settings settings;

  PortalSettingsController(PortalMap map) {
    MapSettings s = map.settings();
    Tiles tiles = map.tiles()
        .map(t -> new Tiles(t.urlTemplate(), s.getAttribution(), s.getMaxZoom())).orElse(null);
    this.settings = new Settings(new MapView(tiles, s.getCenterLatitude(),
        s.getCenterLongitude(), s.getZoom()), MAX_PHOTOS);
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<Settings> settings() {
    return HttpResponse.ok(settings).header("Cache-Control", "no-cache");
  }
}
