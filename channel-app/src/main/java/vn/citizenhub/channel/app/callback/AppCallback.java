package vn.citizenhub.channel.app.callback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.channel.app.signing.RequestSignature;
import vn.citizenhub.channel.handoff.HandoffSettings;

/**
 * Delivers a notice to the callback URL an app registered, for apps without push: a JSON POST
 * signed like the apps' own requests ({@code X-App-Id}, {@code X-Timestamp} in Unix seconds,
 * {@code X-Nonce}, {@code X-Signature}; {@link RequestSignature}). A 2xx answer is delivery; a
 * 3xx or 4xx is a refusal for good (redirects are not followed: the signature covers the path);
 * a 5xx, 408 or 429, or no answer, is thrown to be tried again. One circuit breaker per app, so one app's dead
 * server does not slow the others' notices.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class AppCallback {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A refusal: the status the app's server answered. */
  public record Refusal(int status) {}

  private final OkHttpClient http = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(3))
      .readTimeout(Duration.ofSeconds(10))
      .callTimeout(Duration.ofSeconds(15))
      .followRedirects(false)
      .followSslRedirects(false)
      .retryOnConnectionFailure(false) // the dispatcher retries, with backoff
      .build();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(
      CircuitBreakerConfig.custom()
          .slidingWindowSize(20)
          .minimumNumberOfCalls(10)
          .failureRateThreshold(50)
          .waitDurationInOpenState(Duration.ofSeconds(30))
          .recordExceptions(CallbackUnavailable.class)
          .build());
  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  @PreDestroy
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Posts {@code notice} to the app's callback URL; empty when it was taken. */
  public Optional<Refusal> deliver(AppPartner app, URI callbackUrl, ObjectNode notice)
      throws CallbackUnavailable {
    HttpUrl url = HttpUrl.get(callbackUrl);
    byte[] body = notice.toString().getBytes(StandardCharsets.UTF_8);
    String pathWithQuery = url.encodedPath()
        + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    Request request = new Request.Builder().url(url)
        .header("X-App-Id", app.appId())
        .header("X-Timestamp", timestamp)
        .header("X-Nonce", nonce)
        .header("X-Signature", RequestSignature.sign(app.secret(), "POST", pathWithQuery,
            timestamp, nonce, body))
        .post(RequestBody.create(body, JSON)).build();
    CircuitBreaker breaker = breakers.circuitBreaker(app.appId());
    try {
      return breaker.executeCallable(() -> call(request));
    } catch (CallbackUnavailable e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new CallbackUnavailable("the app's callback circuit is open after repeated failures",
          e);
    } catch (Exception e) {
      throw new CallbackUnavailable("callback failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private Optional<Refusal> call(Request request) throws CallbackUnavailable {
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      if (status >= 200 && status < 300) {
        return Optional.empty();
      }
      if (status >= 500 || status == 408 || status == 429) {
        throw new CallbackUnavailable("the app's callback answered " + status, null);
      }
      return Optional.of(new Refusal(status));
    } catch (IOException e) {
      throw new CallbackUnavailable("the app's callback is unreachable: "
          + e.getClass().getSimpleName(), e);
    }
  }
}
