package vn.citizenhub.http.client;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;

/**
 * {@code hub.http.trusted-proxies}: the load balancers and reverse proxies (addresses or CIDR
 * blocks, e.g. {@code 10.0.0.0/8}) whose forwarded headers are believed. None by default: a hub
 * exposed directly believes no header, since anyone can send one.
 */
@ConfigurationProperties("hub.http")
public class TrustedProxySettings {

  public static final List<String> DEFAULT_TRUSTED_PROXIES = List.of();

  private List<String> trustedProxies = DEFAULT_TRUSTED_PROXIES;

  public List<String> getTrustedProxies() {
    return trustedProxies;
  }

  public void setTrustedProxies(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies == null ? List.of() : trustedProxies;
  }
}
