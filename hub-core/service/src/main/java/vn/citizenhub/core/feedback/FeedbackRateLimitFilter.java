package vn.citizenhub.core.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * A tighter limit per client address on the private feedback link's API than the public API's
 * own: a citizen checks a link and rates once or twice, and a token is too long to guess, so
 * whoever sends more is a script. Refused before the body is read.
 */
@ServerFilter("/api/public/feedback/**")
class FeedbackRateLimitFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackRateLimitFilter.class);

  private final KeyedRateLimiter limiter;
  private final ClientAddresses addresses;

  FeedbackRateLimitFilter(ClientAddresses addresses, FeedbackSettings settings) {
    this.addresses = addresses;
    this.limiter = new KeyedRateLimiter("feedback-link", settings.getPerAddressLimit(),
        settings.getPerAddressPeriod(), settings.getMaxTrackedKeys());
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    KeyedRateLimiter.Decision decision = limiter.acquire(addresses.of(request).limitKey());
    if (decision.allowed()) {
      return null;
    }
    LOG.info("Feedback link rate limit reached by a client");
    return TooManyRequests.answer(decision.retryAfterSeconds());
  }
}
