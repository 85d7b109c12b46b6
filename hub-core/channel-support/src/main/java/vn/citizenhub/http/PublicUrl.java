package vn.citizenhub.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.citizenhub.contract.TrackingCode;

/**
 * {@code hub.public-url} (env {@code HUB_PUBLIC_URL}): the address citizens reach the hub at, as
 * their browser sees it behind every proxy ({@code https://phananh.tayninh.gov.vn}). Links that
 * leave the hub (an e-mail's tracking link, an unsubscribe link) are made from it, never from a
 * request's Host header, which a client chooses.
 */
@ConfigurationProperties("hub")
public class PublicUrl {

  public static final String PROPERTY = "hub.public-url";
  public static final String DEFAULT = "http://localhost:8080";

  private String base = DEFAULT;

  /** The base URL without a trailing slash. */
  public String base() {
    return base;
  }

  /** {@code pathAndQuery} (starting with '/') on the public base URL. */
  public String link(String pathAndQuery) {
    if (!pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("a link path starts with '/'");
    }
    return base + pathAndQuery;
  }

  /**
   * The tracking page of a ticket, {@code {base}/track?code=H7K3M-9QX23}; with a private
   * feedback token, the citizen's own rating link {@code …#k=<token>}: the token rides in the
   * fragment, which browsers never send to a server (so it is in no access log).
   *
   * @param trackingCode the code as stored (a notice's)
   * @param feedbackToken the notice's token, or null for the public page
   */
  public String trackingLink(String trackingCode, String feedbackToken) {
    String link = link("/track?code=" + new TrackingCode(trackingCode).display());
    return feedbackToken == null ? link
        : link + "#k=" + URLEncoder.encode(feedbackToken, StandardCharsets.UTF_8);
  }

  /** Bound from {@code hub.public-url}; refuses anything but an absolute http(s) URL. */
  public void setPublicUrl(String value) {
    this.base = normalize(value);
  }

  static String normalize(String value) {
    String trimmed = value == null ? "" : value.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
          || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
        throw new IllegalArgumentException(invalid(value));
      }
      return trimmed;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(invalid(value), e);
    }
  }

  private static String invalid(String value) {
    return PROPERTY + " (HUB_PUBLIC_URL) must be an absolute http(s) URL without query, e.g. "
        + "https://phananh.example.gov.vn; got '" + value + "'";
  }
}
