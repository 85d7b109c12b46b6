package vn.citizenhub.http.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that says who sent a request: every rate limit and anything that records a
 * client's address asks here, so a forwarded header is weighed the same way everywhere. Micronaut's
 * own {@code micronaut.server.client-address-header} is not used: it believes the header from
 * anyone.
 */
@Singleton
public class ClientAddresses {

  private static final Logger LOG = LoggerFactory.getLogger(ClientAddresses.class);
  private static final InetAddress UNKNOWN = unspecified();

  private final TrustedProxies proxies;

  public ClientAddresses(TrustedProxySettings settings) {
    this.proxies = new TrustedProxies(
        settings.getTrustedProxies().stream().filter(b -> !b.isBlank()).map(CidrBlock::parse)
            .toList());
    LOG.info("Forwarded headers believed from: {}",
        settings.getTrustedProxies().isEmpty() ? "no proxy" : proxies);
  }

  public ClientAddress of(HttpRequest<?> request) {
    InetSocketAddress remote = request.getRemoteAddress();
    InetAddress peer = remote == null || remote.getAddress() == null ? UNKNOWN : remote.getAddress();
    if (!proxies.trusts(peer)) {
      return new ClientAddress(peer);
    }
    HttpHeaders headers = request.getHeaders();
    return new ClientAddress(proxies.clientOf(peer, ForwardedChain.from(
        headers.getAll(HttpHeaders.FORWARDED), headers.getAll("X-Forwarded-For"),
        headers.getAll("X-Real-IP"))));
  }

  private static InetAddress unspecified() {
    try {
      return InetAddress.getByAddress(new byte[4]);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
