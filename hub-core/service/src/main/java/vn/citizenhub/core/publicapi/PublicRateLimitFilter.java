package vn.citizenhub.core.publicapi;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.slf4j.Logger;
import vn.citizenhub.http.ApiError;
import org.slf4j.LoggerFactory;

/**
 * Limits each client of the public API, so that one scraper or a broken script cannot slow
 * tracking down for citizens. The client address honours a configured proxy header
 * ({@code micronaut.server.client-address-header}).
 */
@ServerFilter("/api/public/**")
class PublicRateLimitFilter {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimitFilter.class);

  private final ClientRateLimiter limiter;
  private final HttpClientAddressResolver addresses;

  PublicRateLimitFilter(
      HttpClientAddressResolver addresses,
      @Value("${hub.public-api.rate-limit.per-minute:120}") int perMinute,
      @Value("${hub.public-api.rate-limit.burst:30}") int burst) {
    this.addresses = addresses;
    this.limiter = new ClientRateLimiter(perMinute, burst, System::nanoTime);
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    String client = addresses.resolve(request);
    if (limiter.tryAcquire(client == null ? "unknown" : client)) {
      return null;
    }
    LOG.info("Public API rate limit reached by a client");
    return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(limiter.secondsUntilNextToken()))
        .body(ApiError.of("RATE_LIMITED",
            "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.",
            "Too many requests. Please try again in a few minutes."));
  }
}
