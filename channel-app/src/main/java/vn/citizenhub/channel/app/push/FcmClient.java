package vn.citizenhub.channel.app.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.ContractJson;

/**
 * Sends one message to one device through FCM HTTP v1 ({@code POST
 * {fcm-base-url}/v1/projects/{project}/messages:send}, bearer token from the service account).
 * FCM's answer decides: 200 sent; 404 UNREGISTERED and a 400 about the token mean the token is
 * gone; 401 gets one fresh access token; 429 and 5xx are tried again here a few times (honouring
 * a short {@code Retry-After}) and then thrown, so the dispatcher retries with backoff; a
 * circuit breaker stops calling while FCM is down.
 */
@Singleton
@Requires(property = PushSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class FcmClient {

  private static final Logger LOG = LoggerFactory.getLogger(FcmClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final FcmCredentials credentials;
  private final HttpUrl sendUrl;
  private final OkHttpClient http;
  private final Retry retry;
  private final CircuitBreaker breaker;

  FcmClient(PushSettings settings, FcmCredentials credentials) {
    this.credentials = credentials;
    this.sendUrl = HttpUrl.get(settings.getFcmBaseUrl().replaceAll("/+$", "")).newBuilder()
        .addPathSegments("v1/projects").addPathSegment(credentials.projectId())
        .addPathSegment("messages:send").build();
    this.http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(3))
        .readTimeout(Duration.ofSeconds(10))
        .callTimeout(settings.getCallTimeout())
        // Resilience4j decides about retries, with backoff. (OkHttp itself still repeats a 503
        // that says "Retry-After: 0" once, as HTTP allows; FCM's own waits are longer.)
        .retryOnConnectionFailure(false)
        .build();
    Duration maxRetryAfter = settings.getMaxRetryAfter();
    long firstWait = settings.getRetryWait().toMillis();
    this.retry = Retry.of("fcm", RetryConfig.custom()
        .maxAttempts(Math.max(1, settings.getMaxTries()))
        .retryOnException(e -> e instanceof FcmUnavailable u
            && (u.retryAfter() == null || u.retryAfter().compareTo(maxRetryAfter) <= 0))
        .intervalBiFunction((attempt, outcome) -> {
          if (outcome.isLeft() && outcome.getLeft() instanceof FcmUnavailable u
              && u.retryAfter() != null) {
            return u.retryAfter().toMillis();
          }
          return firstWait << Math.min(attempt - 1, 10);
        })
        .build());
    this.breaker = CircuitBreaker.of("fcm", CircuitBreakerConfig.custom()
        .slidingWindowSize(20)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .recordExceptions(FcmUnavailable.class)
        .build());
  }

  @PreDestroy
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * Sends {@code message} (FCM's {@code Message}: token, notification, data). Throws {@link
   * FcmUnavailable} when FCM did not take it for now.
   */
  public FcmResult send(ObjectNode message) throws FcmUnavailable {
    ObjectNode envelope = ContractJson.mapper().createObjectNode();
    envelope.set("message", message);
    byte[] body = envelope.toString().getBytes(StandardCharsets.UTF_8);
    Callable<FcmResult> call = Retry.decorateCallable(retry,
        CircuitBreaker.decorateCallable(breaker, () -> sendOnce(body)));
    try {
      return call.call();
    } catch (FcmUnavailable e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new FcmUnavailable("FCM circuit open after repeated failures", null, e);
    } catch (Exception e) {
      throw new FcmUnavailable("FCM call failed: " + e.getClass().getSimpleName(), null, e);
    }
  }

  private FcmResult sendOnce(byte[] body) throws FcmUnavailable {
    Answer answer = post(body, credentials.accessToken());
    if (answer.status == 401 && !"THIRD_PARTY_AUTH_ERROR".equals(answer.error.errorCode())) {
      // The kept token was revoked or the key rotated: one fresh token, then FCM decides.
      answer = post(body, credentials.refreshedAccessToken());
      if (answer.status == 401 && !"THIRD_PARTY_AUTH_ERROR".equals(answer.error.errorCode())) {
        throw new FcmUnavailable("FCM refused a fresh access token (401)");
      }
    }
    int status = answer.status;
    if (status >= 200 && status < 300) {
      return FcmResult.sent();
    }
    String code = answer.error.code(status);
    if (status == 429 || status >= 500) {
      throw new FcmUnavailable("FCM answered " + status + " " + code, answer.retryAfter, null);
    }
    if (status == 404 && answer.error.unregistered()) {
      return FcmResult.tokenGone(code);
    }
    if (status == 400 && answer.error.invalidToken()) {
      return FcmResult.tokenGone(code);
    }
    LOG.warn("FCM refused a message for good: {} {}", status, code);
    return FcmResult.rejected(code);
  }

  private Answer post(byte[] body, String accessToken) throws FcmUnavailable {
    Request request = new Request.Builder().url(sendUrl)
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create(body, JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      FcmError error = response.isSuccessful() ? new FcmError(null, null, false, false)
          : FcmError.parse(text);
      return new Answer(response.code(), error, retryAfter(response.header("Retry-After")));
    } catch (IOException e) {
      throw new FcmUnavailable("FCM unreachable: " + e.getClass().getSimpleName(), null, e);
    }
  }

  /** {@code Retry-After} in seconds (FCM's form); an HTTP date or garbage counts as none. */
  static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      return null;
    }
  }

  private record Answer(int status, FcmError error, Duration retryAfter) {}
}
