package vn.citizenhub.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;

/**
 * {@code hub.public-url} (env {@code HUB_PUBLIC_URL}): where citizens reach the hub, as written
 * in the links the hub hands out (a tracking page in a notice or a QR code, a private feedback
 * link). Behind a proxy it is the proxy's address, not this service's.
 */
@ConfigurationProperties("hub")
public class PublicUrl {

  public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

  private String publicUrl = DEFAULT_PUBLIC_URL;

  public String getPublicUrl() {
    return publicUrl;
  }

  /** An absolute http(s) address; a trailing slash is dropped. */
  public void setPublicUrl(String publicUrl) {
    URI uri = URI.create(publicUrl.strip());
    if (uri.getHost() == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "hub.public-url must be an absolute http(s) address, e.g. https://phananh.tayninh.gov.vn");
    }
    String text = uri.toString();
    this.publicUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The citizen's tracking page for a code: {@code {public-url}/track?code={code}}. */
  public String trackingPage(String displayCode) {
    return publicUrl + "/track?code=" + displayCode;
  }
}
