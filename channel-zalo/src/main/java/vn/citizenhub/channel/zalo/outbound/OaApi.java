package vn.citizenhub.channel.zalo.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.token.TokenStore;
import vn.citizenhub.contract.ContractJson;

/**
 * The OA Open API: consultation messages, the "share your phone" card, template notices. Every
 * call goes through the OA's rate limiter (under Zalo's 4,000 a minute), its circuit breaker
 * (while Zalo is down, callers learn it at once and retry later) and a short retry with
 * exponential backoff. An invalid token (-216, -220) is refreshed once and the call made once
 * more; every other error code is returned for the caller to classify.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class OaApi {

  private static final Logger LOG = LoggerFactory.getLogger(OaApi.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** Zalo's cap on a consultation message. */
  public static final int MAX_TEXT = 2000;

  private final OkHttpClient http;
  private final TokenStore tokens;
  private final int perMinute;
  private final Duration retryBackoff;
  private final Duration breakerOpen;
  private final Map<String, Guard> guards = new ConcurrentHashMap<>();

  public OaApi(ZaloHttp http, TokenStore tokens, ZaloSettings settings,
      @Value("${hub.zalo.retry-backoff:500ms}") Duration retryBackoff,
      @Value("${hub.zalo.breaker-open:10s}") Duration breakerOpen) {
    this.http = http.client();
    this.tokens = tokens;
    this.perMinute = settings.getRequestsPerMinute();
    this.retryBackoff = retryBackoff;
    this.breakerOpen = breakerOpen;
  }

  /** A consultation (customer-service) text message, at most 2,000 characters. */
  public OaAnswer sendText(OaAccount oa, String userId, String text) throws ZaloUnavailable {
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.putObject("recipient").put("user_id", userId);
    body.putObject("message").put("text", fit(text));
    return call(oa, "/v3.0/oa/message/cs", body);
  }

  /** The request_user_info card: the user may share name, phone and address with the OA. */
  public OaAnswer askForPhone(OaAccount oa, String userId, String title, String subtitle)
      throws ZaloUnavailable {
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.putObject("recipient").put("user_id", userId);
    ObjectNode payload = body.putObject("message").putObject("attachment")
        .put("type", "template").putObject("payload")
        .put("template_type", "request_user_info");
    ObjectNode element = payload.putArray("elements").addObject()
        .put("title", title).put("subtitle", subtitle);
    if (oa.getRequestInfoImageUrl() != null) {
      element.put("image_url", oa.getRequestInfoImageUrl());
    }
    return call(oa, "/v3.0/oa/message/cs", body);
  }

  /** A template notice by phone (ZNS), for citizens outside the 7-day window. */
  public OaAnswer sendTemplate(OaAccount oa, String phone, String templateId,
      Map<String, String> data, String trackingId) throws ZaloUnavailable {
    ObjectNode body = ContractJson.mapper().createObjectNode()
        .put("phone", phone.startsWith("+") ? phone.substring(1) : phone)
        .put("template_id", templateId)
        .put("tracking_id", trackingId);
    ObjectNode templateData = body.putObject("template_data");
    data.forEach(templateData::put);
    return call(oa, oa.getTemplateBaseUrl(), "/message/template", body);
  }

  static String fit(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  private OaAnswer call(OaAccount oa, String path, JsonNode body) throws ZaloUnavailable {
    return call(oa, oa.getApiBaseUrl(), path, body);
  }

  private OaAnswer call(OaAccount oa, String base, String path, JsonNode body)
      throws ZaloUnavailable {
    // Zalo counts requests per app: OAs sharing an app share one limiter.
    Guard guard = guards.computeIfAbsent(oa.getAppId(), app -> new Guard(app, perMinute,
        retryBackoff, breakerOpen));
    Callable<OaAnswer> guarded = Retry.decorateCallable(guard.retry,
        CircuitBreaker.decorateCallable(guard.breaker,
            RateLimiter.decorateCallable(guard.limiter, () -> withToken(oa, base, path, body))));
    try {
      return guarded.call();
    } catch (ZaloUnavailable e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new ZaloUnavailable("Zalo API of OA " + oa.getName() + " is failing; breaker open",
          e);
    } catch (RequestNotPermitted e) {
      throw new ZaloUnavailable("rate limit of OA " + oa.getName() + " reached", e);
    } catch (Exception e) {
      throw new ZaloUnavailable("Zalo API call failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private OaAnswer withToken(OaAccount oa, String base, String path, JsonNode body)
      throws ZaloUnavailable {
    String token = tokens.accessToken(oa);
    OaAnswer answer = post(base, path, token, body);
    if (answer.kind() == ZaloError.TOKEN) {
      // Refresh once (unless another call already did) and try once more; no loop.
      answer = post(base, path, tokens.refreshAfterRejection(oa, token), body);
    }
    switch (answer.kind()) {
      case RATE_LIMITED -> throw new ZaloUnavailable("Zalo rate limit (-32) for OA "
          + oa.getName());
      case QUOTA -> {
        LOG.error("ALERT: OA {} is out of quota ({}); messages wait", oa.getName(),
            answer.error());
        throw new ZaloUnavailable("out of quota (" + answer.error() + ")");
      }
      case CONFIGURATION -> {
        LOG.error("ALERT: OA {} is not set up for this API ({}: {}); messages wait",
            oa.getName(), answer.error(), answer.message());
        throw new ZaloUnavailable("API not enabled for the OA (" + answer.error() + ")");
      }
      default -> {
        return answer;
      }
    }
  }

  private OaAnswer post(String base, String path, String token, JsonNode body)
      throws ZaloUnavailable {
    Request request = new Request.Builder()
        .url(base.replaceAll("/+$", "") + path)
        .header("access_token", token)
        .post(RequestBody.create(ContractJson.write(body), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new ZaloUnavailable("Zalo answered HTTP " + response.code());
      }
      JsonNode answer = ContractJson.mapper().readTree(response.body().byteStream());
      if (answer == null || !answer.has("error")) {
        throw new ZaloUnavailable("Zalo's answer has no error field");
      }
      return new OaAnswer(answer.path("error").asInt(), answer.path("message").asText(""),
          answer.path("data").path("message_id").asText(null));
    } catch (IOException e) {
      throw new ZaloUnavailable("Zalo unreachable: " + e.getClass().getSimpleName(), e);
    }
  }

  /** One app's limiter, breaker and retry. */
  private static final class Guard {
    final RateLimiter limiter;
    final CircuitBreaker breaker;
    final Retry retry;

    Guard(String app, int perMinute, Duration backoff, Duration open) {
      // Spread evenly over the minute (a second's share each second), so no burst hits Zalo.
      limiter = RateLimiter.of("zalo-app-" + app, RateLimiterConfig.custom()
          .limitRefreshPeriod(Duration.ofSeconds(1))
          .limitForPeriod(Math.max(1, perMinute / 60))
          .timeoutDuration(Duration.ofSeconds(5))
          .build());
      breaker = CircuitBreaker.of("zalo-app-" + app, CircuitBreakerConfig.custom()
          .slidingWindowSize(20)
          .minimumNumberOfCalls(5)
          .failureRateThreshold(50)
          .waitDurationInOpenState(open)
          .recordExceptions(ZaloUnavailable.class)
          .build());
      retry = Retry.of("zalo-app-" + app, RetryConfig.custom()
          .maxAttempts(3)
          .intervalFunction(IntervalFunction.ofExponentialBackoff(backoff, 2.0))
          .retryExceptions(ZaloUnavailable.class)
          .build());
    }
  }
}
