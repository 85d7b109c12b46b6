package vn.citizenhub.channel.web.portal;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A map tile URL template as Leaflet takes it ({@code {s}}, {@code {z}}, {@code {x}},
 * {@code {y}}, optional {@code {r}}), checked once at start, and the origin the pages'
 * Content-Security-Policy must allow images from: {@code https://{s}.tile.example.org/...} gives
 * {@code https://*.tile.example.org}. A template that no policy can name exactly is refused.
 */
public record TileSource(String urlTemplate, String imageOrigin) {

  private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+(:[0-9]{1,5})?");

  /** Empty when no template is set: the map is off. */
  public static Optional<TileSource> of(String template) {
    if (template == null || template.isBlank()) {
      return Optional.empty();
    }
    String t = template.strip();
    for (String needed : new String[] {"{z}", "{x}", "{y}"}) {
      if (!t.contains(needed)) {
        throw invalid(t, "it lacks " + needed);
      }
    }
    int schemeEnd = t.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : t.substring(0, schemeEnd);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw invalid(t, "it must start with https:// (or http:// on a private network)");
    }
    int pathStart = t.indexOf('/', schemeEnd + 3);
    String authority = (pathStart < 0 ? t.substring(schemeEnd + 3)
        : t.substring(schemeEnd + 3, pathStart)).toLowerCase(java.util.Locale.ROOT);
    String host = authority.startsWith("{s}.") ? authority.substring(4) : authority;
    if (!HOST.matcher(host).matches() || host.startsWith(".") || host.startsWith("-")) {
      throw invalid(t, "its host may only have {s} as its first label");
    }
    URI.create(scheme + "://" + host + "/"); // a host Java cannot read is no host for a browser
    String origin = scheme + "://" + (authority.startsWith("{s}.") ? "*." : "") + host;
    return Optional.of(new TileSource(t, origin));
  }

  private static IllegalArgumentException invalid(String template, String why) {
    return new IllegalArgumentException("hub.web.map.tile-url-template is not a tile URL"
        + " template (" + why + "): " + template);
  }
}
