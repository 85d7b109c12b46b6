package vn.citizenhub.core.publicapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.client.CidrBlock;
import vn.citizenhub.http.client.ClientAddress;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * Limits each client of the public API, so that one scraper or a broken script cannot slow
 * tracking down for citizens, nor walk the space of tracking codes. The client is who
 * {@link ClientAddresses} says, so a forged {@code X-Forwarded-For} gives no fresh budget. The
 * hub's own channel services ({@code internal-callers}) are not counted: they limit their users
 * at their own edge.
 */
@ServerFilter("/api/public/**")
class PublicRateLimitFilter {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimitFilter.class);

  private final KeyedRateLimiter limiter;
  private final ClientAddresses addresses;
  private final List<CidrBlock> internalCallers;

  PublicRateLimitFilter(ClientAddresses addresses, PublicRateLimitSettings settings) {
    this.addresses = addresses;
    this.internalCallers = settings.getInternalCallers().stream().filter(b -> !b.isBlank())
        .map(CidrBlock::parse).toList();
    this.limiter = new KeyedRateLimiter("public-api", settings.getBurst(), settings.window(),
        settings.getMaxClients());
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    ClientAddress client = addresses.of(request);
    if (internalCallers.stream().anyMatch(block -> block.contains(client.address()))) {
      return null;
    }
    KeyedRateLimiter.Decision decision = limiter.acquire(client.limitKey());
    if (decision.allowed()) {
      return null;
    }
    LOG.info("Public API rate limit reached by a client");
    return TooManyRequests.answer(decision.retryAfterSeconds());
  }
}
