package vn.citizenhub.channel.hotline.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.citizenhub.contract.ContractJson;

/**
 * The SMS gateway over HTTP. One request per notice: {@code POST <url>} with
 * {@code {"reference", "to", "brandname", "encoding", "parts": [...]}}, where {@code reference}
 * is the notification's id (the gateway sends a repeated reference once). 2xx: accepted; 4xx: the
 * message is refused for good (an invalid or blocked number), named by the body's {@code error};
 * 401/403: the hub's key is wrong; 429, 5xx and network failures: try again. Attempts are retried
 * with backoff a few times, and a circuit breaker stops calling a gateway that keeps failing.
 */
@Singleton
class SmsGateway {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** What the gateway said: accepted with its message id, or refused with its error code. */
  record Answer(boolean accepted, String messageId, String error) {}

  private final SmsSettings settings;
  private final OkHttpClient http;
  private final Retry retry;
  private final CircuitBreaker breaker;

  SmsGateway(SmsSettings settings) {
    this.settings = settings;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(settings.getConnectTimeout())
        .callTimeout(settings.getCallTimeout())
        .retryOnConnectionFailure(false) // retries are ours, counted and backed off
        .build();
    this.retry = Retry.of("sms-gateway", RetryConfig.custom()
        .maxAttempts(Math.max(1, settings.getAttempts()))
        .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.getRetryWait(), 2))
        .retryExceptions(IOException.class)
        .ignoreExceptions(GatewayMisconfigured.class, CallNotPermittedException.class)
        .build());
    this.breaker = CircuitBreaker.of("sms-gateway", CircuitBreakerConfig.custom()
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(settings.getBreakerOpenFor())
        .recordExceptions(IOException.class)
        .ignoreExceptions(GatewayMisconfigured.class)
        .build());
  }

  @PreDestroy
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /**
   * Sends one notice. Throws when it may succeed later: {@link IOException} (after the quick
   * retries), {@link CallNotPermittedException} (the breaker is open), {@link
   * GatewayMisconfigured}.
   */
  Answer send(String reference, String to, SmsText.Parts parts) throws Exception {
    String url = settings.getUrl();
    if (url == null || url.isBlank()) {
      throw new GatewayMisconfigured("no SMS gateway URL is set (HUB_HOTLINE_SMS_URL)");
    }
    byte[] body = ContractJson.write(request(reference, to, parts));
    CheckedSupplier<Answer> call = CircuitBreaker.decorateCheckedSupplier(breaker,
        () -> post(url, body));
    try {
      return Retry.decorateCheckedSupplier(retry, call).get();
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private ObjectNode request(String reference, String to, SmsText.Parts parts) {
    ObjectNode json = ContractJson.mapper().createObjectNode();
    json.put("reference", reference);
    json.put("to", to.startsWith("+") ? to.substring(1) : to);
    json.put("brandname", settings.getBrandname());
    json.put("encoding", parts.unicode() ? "UCS2" : "GSM7");
    parts.parts().forEach(json.putArray("parts")::add);
    return json;
  }

  private Answer post(String url, byte[] body) throws IOException, GatewayMisconfigured {
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
    if (settings.getApiKey() != null && !settings.getApiKey().isBlank()) {
      request.header("Authorization", "Bearer " + settings.getApiKey());
    }
    try (Response response = http.newCall(request.build()).execute()) {
      int status = response.code();
      JsonNode answer = parse(response.body().bytes());
      if (status >= 200 && status < 300) {
        return new Answer(true, answer.path("messageId").asText(null), null);
      }
      if (status == 401 || status == 403) {
        throw new GatewayMisconfigured("the SMS gateway refused the hub's key (" + status + ")");
      }
      if (status == 408 || status == 429 || status >= 500) {
        throw new GatewayUnavailable("the SMS gateway answered " + status);
      }
      return new Answer(false, null, code(answer.path("error").asText("HTTP_" + status)));
    }
  }

  /** The gateway's error code as it goes on the timeline: a short token, nothing else. */
  private static String code(String error) {
    String token = error.replaceAll("[^A-Za-z0-9_.-]", "");
    return token.isEmpty() ? "UNKNOWN" : token.substring(0, Math.min(token.length(), 40));
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = body.length == 0 ? null : ContractJson.mapper().readTree(body);
      return node == null ? ContractJson.mapper().createObjectNode() : node;
    } catch (IOException e) {
      return ContractJson.mapper().createObjectNode();
    }
  }
}
