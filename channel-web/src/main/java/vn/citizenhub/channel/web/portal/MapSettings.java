package vn.citizenhub.channel.web.portal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code hub.web.map.*}: the report form's map. Off unless the province names a tile server it
 * may use (its own, or a provider whose terms allow it): {@code tile-url-template} (env
 * {@code HUB_WEB_MAP_TILE_URL_TEMPLATE}) such as {@code https://{s}.tiles.example.vn/{z}/{x}/{y}.png}
 * and the {@code attribution} its licence asks for. Without one the form asks for the commune
 * and address only, and the pages' Content-Security-Policy allows no outside image.
 */
@ConfigurationProperties("hub.web.map")
public class MapSettings {

  /** Where the map opens: the middle of Tây Ninh (after the 2025 merger). */
  public static final double DEFAULT_CENTER_LATITUDE = 10.95;
  public static final double DEFAULT_CENTER_LONGITUDE = 106.25;
  public static final int DEFAULT_ZOOM = 9;
  public static final int DEFAULT_MAX_ZOOM = 18;

  @Nullable private String tileUrlTemplate;
  private String attribution = "";
  private double centerLatitude = DEFAULT_CENTER_LATITUDE;
  private double centerLongitude = DEFAULT_CENTER_LONGITUDE;
  private int zoom = DEFAULT_ZOOM;
  private int maxZoom = DEFAULT_MAX_ZOOM;

  @Nullable
  public String getTileUrlTemplate() {
    return tileUrlTemplate;
  }

  public void setTileUrlTemplate(@Nullable String tileUrlTemplate) {
    this.tileUrlTemplate = tileUrlTemplate;
  }

  /** Shown on the map as the tile provider's licence asks (plain text). */
  public String getAttribution() {
    return attribution;
  }

  public void setAttribution(String attribution) {
    this.attribution = attribution == null ? "" : attribution;
  }

  public double getCenterLatitude() {
    return centerLatitude;
  }

  public void setCenterLatitude(double centerLatitude) {
    this.centerLatitude = centerLatitude;
  }

  public double getCenterLongitude() {
    return centerLongitude;
  }

  public void setCenterLongitude(double centerLongitude) {
    this.centerLongitude = centerLongitude;
  }

  public int getZoom() {
    return zoom;
  }

  public void setZoom(int zoom) {
    this.zoom = zoom;
  }

  public int getMaxZoom() {
    return maxZoom;
  }

  public void setMaxZoom(int maxZoom) {
    this.maxZoom = maxZoom;
  }
}
