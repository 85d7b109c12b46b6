package vn.citizenhub.channel.open311;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.open311.wire.Format;
import vn.citizenhub.channel.open311.wire.Open311Error;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;

/**
 * Limits each client address's reads of GeoReport v2 ({@code hub.open311.reads-per-minute}), so
 * one scraper walking every page and filter cannot slow the list down for the others; posts
 * have their own limit per API key. The client is who {@link ClientAddresses} says, so a forged
 * {@code X-Forwarded-For} gives no fresh budget. A refusal is the specification's errors list in
 * the format the path names, with {@code Retry-After}.
 */
@ServerFilter("/open311/v2/**")
class ReadLimitFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLimitFilter.class);
  private static final int MAX_CLIENTS = 100_000;

  private final KeyedRateLimiter perClient;
  private final ClientAddresses addresses;

  ReadLimitFilter(ClientAddresses addresses, Open311Settings settings) {
    this.addresses = addresses;
    this.perClient = new KeyedRateLimiter("open311-reads", settings.getReadsPerMinute(),
        Duration.ofMinutes(1), MAX_CLIENTS);
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
      return null;
    }
    KeyedRateLimiter.Decision decision = perClient.acquire(addresses.of(request).limitKey());
    if (decision.allowed()) {
      return null;
    }
    LOG.info("Open311 read limit reached by a client");
    return Open311Error.tooManyRequests(Format.ofPath(request.getPath()),
        decision.retryAfterSeconds(),
        "Địa chỉ này", "This address");
  }
}
