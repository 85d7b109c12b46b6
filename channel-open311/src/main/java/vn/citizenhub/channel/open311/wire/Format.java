package vn.citizenhub.channel.open311.wire;

import java.util.Optional;

/** The two formats GeoReport v2 names, picked by the path's suffix ({@code .json}, {@code .xml}). */
public enum Format {
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8");

  private final String contentType;

  Format(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** A path segment such as {@code requests.json} split into its name and format. */
  public record Suffixed(String name, Format format) {}

  /**
   * The format a request's path names by its last segment's suffix; XML, the specification's
   * required format, when it names none (for answers given before a route is chosen).
   */
  public static Format ofPath(String path) {
    return of(path.substring(path.lastIndexOf('/') + 1)).map(Suffixed::format).orElse(XML);
  }

  /** The segment's name and format; empty without a known suffix. */
  public static Optional<Suffixed> of(String segment) {
    if (segment == null) {
      return Optional.empty();
    }
    int dot = segment.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String suffix = segment.substring(dot + 1);
    Format format = "json".equals(suffix) ? JSON : "xml".equals(suffix) ? XML : null;
    return format == null ? Optional.empty()
        : Optional.of(new Suffixed(segment.substring(0, dot), format));
  }
}
