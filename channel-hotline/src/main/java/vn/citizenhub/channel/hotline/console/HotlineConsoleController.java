package vn.citizenhub.channel.hotline.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
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
import vn.citizenhub.channel.hotline.HotlineSettings;

/**
 * Serves the operators' console at {@code /hotline}: a page shell, scripts and styles, none
 * holding data (that comes from {@code /api/hotline} and hub-core's {@code /api/staff}, behind
 * sign-in). Like hub-core's staff console: only flat file names with a known extension, a strict
 * content security policy, revalidated on every load.
 */
@Controller("/hotline")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class HotlineConsoleController {

  static final String FOLDER = "hotline/";
  static final String INDEX = "index.html";

  /** Scripts, styles and connections (the event stream) to this origin only; no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[a-z]{2,4}");
  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml");

  private record Asset(byte[] bytes, String contentType, String etag) {}

  private final Map<String, Asset> assets = new ConcurrentHashMap<>();

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return serve(INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return serve(file, request);
  }

  private HttpResponse<?> serve(String file, HttpRequest<?> request) {
    Optional<Asset> found = FILE_NAME.matcher(file).matches() ? find(file) : Optional.empty();
    if (found.isEmpty()) {
      return secured(HttpResponse.status(HttpStatus.NOT_FOUND));
    }
    Asset asset = found.get();
    if (asset.etag().equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
      return secured(HttpResponse.notModified()).header(HttpHeaders.ETAG, asset.etag());
    }
    return secured(HttpResponse.ok(asset.bytes()))
        .contentType(asset.contentType())
        .header(HttpHeaders.ETAG, asset.etag());
  }

  private static <T> MutableHttpResponse<T> secured(MutableHttpResponse<T> response) {
    return response
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
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

  private static Optional<Asset> load(String file) {
    String type = CONTENT_TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = HotlineConsoleController.class.getClassLoader()
        .getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(new Asset(bytes, type, etag(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hotline console file " + file, e);
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
