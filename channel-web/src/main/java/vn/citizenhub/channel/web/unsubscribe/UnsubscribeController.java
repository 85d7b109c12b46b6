package vn.citizenhub.channel.web.unsubscribe;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.web.abuse.WebRateLimitSettings;
import vn.citizenhub.http.StaticFolder;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.logging.ErrorText;

/**
 * The unsubscribe link of every notice e-mail, {@code /api/web/unsubscribe?t=<token>}. GET shows
 * the confirmation and changes nothing; POST (the page's button, or a mail client's RFC 8058
 * one-click POST of {@code List-Unsubscribe=One-Click}) unsubscribes the address the token names.
 * A token that is not genuine gets a bilingual 400 and changes nothing. Limited per client
 * address like the report form.
 */
@Controller(UnsubscribePage.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribeController {

  private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeController.class);
  private static final MediaType HTML = MediaType.of("text/html; charset=utf-8");

  private final MailKey key;
  private final UnsubscribedAddresses unsubscribed;
  private final ClientAddresses addresses;
  private final boolean limited;
  private final KeyedRateLimiter perAddress;
  private final StaticFolder files = new StaticFolder("unsubscribe/");
  private final Clock clock = Clock.systemUTC();

  UnsubscribeController(MailKey key, UnsubscribedAddresses unsubscribed,
      ClientAddresses addresses, WebRateLimitSettings limits) {
    this.key = key;
    this.unsubscribed = unsubscribed;
    this.addresses = addresses;
    this.limited = limits.isEnabled();
    this.perAddress = new KeyedRateLimiter("web-unsubscribe", limits.getPerAddressLimit(),
        limits.getPerAddressPeriod(), limits.getMaxTrackedKeys());
  }

  @Get(produces = "text/html")
  HttpResponse<String> confirm(HttpRequest<?> request, @QueryValue("t") @Nullable String token) {
    Optional<HttpResponse<String>> refused = refusal(request, token);
    if (refused.isPresent()) {
      return refused.get();
    }
    return page(HttpStatus.OK, UnsubscribePage.confirm(token));
  }

  @Post(consumes = MediaType.ALL, produces = "text/html")
  HttpResponse<String> unsubscribe(HttpRequest<?> request,
      @QueryValue("t") @Nullable String token) {
    Optional<HttpResponse<String>> refused = refusal(request, token);
    if (refused.isPresent()) {
      return refused.get();
    }
    try {
      boolean added = unsubscribed.add(key.verify(token).orElseThrow(), clock.instant());
      LOG.info("An address unsubscribed from notice e-mail ({})", added ? "new" : "again");
      return page(HttpStatus.OK, UnsubscribePage.done());
    } catch (SQLException e) {
      LOG.warn("Unsubscribe not stored: {}", ErrorText.of(e));
      return page(HttpStatus.SERVICE_UNAVAILABLE, UnsubscribePage.unavailable());
    }
  }

  /** The page's stylesheet (a flat file name; nothing else on the classpath is reachable). */
  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }

  private Optional<HttpResponse<String>> refusal(HttpRequest<?> request, String token) {
    if (limited) {
      KeyedRateLimiter.Decision decision = perAddress.acquire(addresses.of(request).limitKey());
      if (!decision.allowed()) {
        return Optional.of(page(HttpStatus.TOO_MANY_REQUESTS, UnsubscribePage.tooMany())
            .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
      }
    }
    if (key.verify(token).isEmpty()) {
      LOG.info("Unsubscribe refused: the link's token is not genuine");
      return Optional.of(page(HttpStatus.BAD_REQUEST, UnsubscribePage.invalid()));
    }
    return Optional.empty();
  }

  private static MutableHttpResponse<String> page(HttpStatus status, String html) {
    return HttpResponse.<String>status(status).body(html).contentType(HTML)
        // The token is in the URL: never cached, never sent on as a Referer to another site.
        // Not "no-referrer": with it the browser sends the button's POST with "Origin: null",
        // which Micronaut's drive-by-localhost guard refuses (403) on a hub reached as
        // localhost, the all-in-one's own address; the page's own origin may see its own URL.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "same-origin")
        .header("Content-Security-Policy", StaticFolder.CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY");
  }
}
