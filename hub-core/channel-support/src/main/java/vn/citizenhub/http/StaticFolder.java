package vn.citizenhub.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves one classpath folder of static pages (the staff console, the citizen's tracking page, the hotline screen):
 * page shells and their scripts and styles, none holding data. Served by controllers rather than
 * the router's static-resources setting, so hub-core alone and the all-in-one launcher serve them
 * alike whatever their configuration. Only flat file names with a known extension are served:
 * nothing else on the classpath can be reached through here.
 */
public final class StaticFolder {

  public static final String INDEX = "index.html";

  /**
   * Where the staff pages' common code (element building, the API client, the sign-in form, the
   * base styles) is served, one copy for the staff console and the hotline screen alike. A
   * public path, like the pages themselves: it holds no data.
   */
  public static final String SHARED_PATH = "/web-shared";

  /** The classpath folder behind {@link #SHARED_PATH}, in this module so every page server has it. */
  public static final String SHARED_FOLDER = "web-shared/";

  /**
   * Where the citizen portal's common code (header, language switch, folding search, the public
   * API helper, the portal's styles) is served: one copy for channel-web's pages ({@code /},
   * {@code /report}) and hub-core's tracking page ({@code /track}). Like {@link #SHARED_PATH},
   * hub-core answers when it is in the JVM and channel-web when it runs alone.
   */
  public static final String PORTAL_SHARED_PATH = "/portal-shared";

  /** The classpath folder behind {@link #PORTAL_SHARED_PATH}. */
  public static final String PORTAL_SHARED_FOLDER = "portal-shared/";

  private final String folder;
  private final String contentSecurityPolicy;

  /** @param folder the classpath folder, ending in a slash */
  public StaticFolder(String folder) {
    this(folder, CONTENT_SECURITY_POLICY);
  }

  /**
   * A folder whose pages need a policy of their own (the portal's map loads tiles from the
   * province's tile server: {@link #policyWithImagesFrom}).
   */
  public StaticFolder(String folder, String contentSecurityPolicy) {
    this.folder = folder;
    this.contentSecurityPolicy = contentSecurityPolicy;
  }

  /** Scripts and styles from this origin only; no inline code, no framing, no plug-ins. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * {@link #CONTENT_SECURITY_POLICY} with images also from {@code blob:} (previews of the photos a
   * citizen picked, which never leave the browser until sent) and from the given origins (a map's
   * tile server, e.g. {@code https://*.tile.example.org}); nothing else is loosened.
   */
  public static String policyWithImagesFrom(String... origins) {
    StringBuilder images = new StringBuilder("img-src 'self' data: blob:");
    for (String origin : origins) {
      images.append(' ').append(origin);
    }
    return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", images.toString());
  }

  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[a-z]{2,4}");
  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon");

  /** A file as served: its bytes and a validator, read once (they are in the jar). */
  private record Asset(byte[] bytes, String contentType, String etag) {}

  // Only files found are kept: asking for names that do not exist fills nothing.
  private final Map<String, Asset> assets = new ConcurrentHashMap<>();

  /** The file, or a 404; every answer carries the security headers. */
  public HttpResponse<?> serve(String file, HttpRequest<?> request) {
    Optional<Asset> found = FILE_NAME.matcher(file).matches() ? find(file) : Optional.empty();
    if (found.isEmpty()) {
      return secured(HttpResponse.status(HttpStatus.NOT_FOUND), contentSecurityPolicy);
    }
    Asset asset = found.get();
    // Revalidate every time (no-cache), so a new release is seen at once; unchanged files cost
    // only a 304.
    if (asset.etag().equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
      return secured(HttpResponse.notModified(), contentSecurityPolicy)
          .header(HttpHeaders.ETAG, asset.etag());
    }
    return secured(HttpResponse.ok(asset.bytes()), contentSecurityPolicy)
        .contentType(asset.contentType())
        .header(HttpHeaders.ETAG, asset.etag());
  }

  private static <T> MutableHttpResponse<T> secured(MutableHttpResponse<T> response,
      String policy) {
    return response
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .header("Content-Security-Policy", policy)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer");
  }

  private Optional<Asset> find(String file) {
    Asset cached = assets.get(file);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Asset> loaded = load(file);
    loaded.ifPresent(a -> assets.put(file, a));
    return loaded;
  }

  private Optional<Asset> load(String file) {
    String type = CONTENT_TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = StaticFolder.class.getClassLoader()
        .getResourceAsStream(folder + file)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(new Asset(bytes, type, etag(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page file " + folder + file, e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
