package vn.citizenhub.core.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.core.publicapi.PublicJson;
import vn.citizenhub.core.publicapi.PublicRefusal;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * {@code POST /api/public/interactions}: the portal says a page was visited, a report started or
 * a search made. Only the week's count moves: no cookie is set, and neither the address (used for
 * the rate limit in memory only) nor anything else about the visitor is stored.
 */
@Controller("/api/public/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Citizen portal")
class InteractionController {

  private static final Logger LOG = LoggerFactory.getLogger(InteractionController.class);

  private final InteractionCounter counter;
  private final ClientAddresses addresses;
  private final KeyedRateLimiter limiter;
  private final Clock clock;

  InteractionController(InteractionCounter counter, ClientAddresses addresses,
      InteractionSettings settings, Clock clock) {
    this.counter = counter;
    this.addresses = addresses;
    this.clock = clock;
    this.limiter = new KeyedRateLimiter("interactions", settings.getPerAddressLimit(),
        settings.getPerAddressPeriod(), settings.getMaxTrackedKeys());
  }

  @Post(consumes = MediaType.ALL)
  HttpResponse<?> record(HttpRequest<?> request, @Body @Nullable String body)
      throws SQLException {
    KeyedRateLimiter.Decision decision = limiter.acquire(addresses.of(request).limitKey());
    if (!decision.allowed()) {
      LOG.info("Interaction rate limit reached by a client");
      return TooManyRequests.answer(decision.retryAfterSeconds());
    }
    counter.addOne(event(PublicJson.read(body).text("event")), clock.instant());
    return HttpResponse.noContent();
  }

  /** One of the events a page may report; the hub counts the others itself. */
  private static InteractionEvent event(String name) {
    for (InteractionEvent e : InteractionEvent.values()) {
      if (e.reportedByPortal() && e.name().equals(name)) {
        return e;
      }
    }
    throw PublicRefusal.invalid(List.of(new FieldError("event", "UNKNOWN_EVENT",
        "Sự kiện phải là VISIT, REPORT_STARTED hoặc SEARCH",
        "The event must be VISIT, REPORT_STARTED or SEARCH")));
  }
}
